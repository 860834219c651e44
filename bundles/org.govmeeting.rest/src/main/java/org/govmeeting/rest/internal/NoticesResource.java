package org.govmeeting.rest.internal;

import java.util.List;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.Notice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The caller's own notices (M1), newest first, and their acknowledgement. */
@Component(service = NoticesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class NoticesResource {
  private final MeetingPlanner planner;

  @Activate
  public NoticesResource(@Reference MeetingPlanner planner) {
    this.planner = planner;
  }

  @GET
  public List<Notice> mine(
      @QueryParam("unacknowledged") @DefaultValue("false") boolean unacknowledged,
      @Context SecurityContext sc) {
    return planner.notices(AccessFilter.actor(sc).personId(), unacknowledged);
  }

  @POST
  @Path("{id}/acknowledge")
  public Notice acknowledge(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.acknowledge(id, AccessFilter.actor(sc));
  }
}

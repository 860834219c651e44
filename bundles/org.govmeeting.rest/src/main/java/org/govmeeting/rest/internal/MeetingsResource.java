package org.govmeeting.rest.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.meeting.MeetingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Executive meetings: the mayor convenes them (C1); everyone may see when they are. */
@Component(service = MeetingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {
  private final MeetingService meetings;

  @Activate
  public MeetingsResource(@Reference MeetingService meetings) {
    this.meetings = meetings;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  public Response convene(MeetingRequest body, @Context SecurityContext sc, @Context UriInfo uri) {
    Meeting m = meetings.convene(Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id)).build())
        .entity(m)
        .build();
  }

  @GET
  @Allowed
  public List<Meeting> list(
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return meetings.list(
        Params.enumValue(Meeting.Status.class, "status", status), offset, Math.min(limit, 200));
  }

  @GET
  @Path("{id}")
  @Allowed
  public Meeting get(@PathParam("id") long id) {
    return meetings.get(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
@Tag(name = ApiTags.MEETINGS)
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
  @Operation(
      operationId = "listMyNotices",
      summary = "我的通知 The caller's notices",
      description =
          "Meeting notices (M1), PREPARE when a topic is listed, TOPIC_MOVED when one moves; newest"
              + " first.")
  public List<Notice> mine(
      @QueryParam("unacknowledged")
          @Parameter(
              description = "Only those not yet acknowledged",
              schema = @Schema(type = "boolean", defaultValue = "false"))
          String unacknowledged,
      @Context SecurityContext sc) {
    return planner.notices(
        AccessFilter.actor(sc).personId(), Params.flag("unacknowledged", unacknowledged, false));
  }

  @POST
  @Path("{id}/acknowledge")
  @Operation(
      operationId = "acknowledgeNotice",
      summary = "确认通知 Acknowledge a notice",
      description = "M1: the recipient acknowledges their notice. No body.")
  public Notice acknowledge(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.acknowledge(id, AccessFilter.actor(sc));
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The reports of emergency decisions on a meeting's agenda (S2): the Government Office records in
 * session that the meeting heard one, and who gave it; only those count as reported at the close.
 */
@Tag(name = ApiTags.MEETINGS)
@Component(service = EmergencyReportsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/emergency-reports")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyReportsResource {
  private final MeetingPlanner planner;

  @Activate
  public EmergencyReportsResource(@Reference MeetingPlanner planner) {
    this.planner = planner;
  }

  @POST
  @Path("{decision}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "hearEmergencyReport",
      summary = "听取临机处置事项报告 Record that the meeting heard an emergency report",
      description =
          "S2: while the meeting is in session, the Office records that it took the report of an"
              + " emergency decision on its agenda, and who gave it (`reporterId`; left out: the"
              + " person who took the decision). Only reports heard so are reported when the"
              + " meeting closes; the others stay on the next meeting's agenda. 409 S2 when heard"
              + " already, 404 when the decision is not on this meeting's agenda.")
  @ApiResponse(
      responseCode = "200",
      description = "The agenda item, heard",
      content = @Content(schema = @Schema(implementation = AgendaItem.class)))
  public AgendaItem hear(
      @PathParam("id") long id,
      @PathParam("decision") long decision,
      @OptionalBody Bodies.Reporter body,
      @Context SecurityContext sc) {
    return planner.hearEmergencyReport(
        id, decision, body == null ? null : body.reporterId, AccessFilter.actor(sc));
  }
}

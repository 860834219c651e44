package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.govmeeting.api.supervision.EmergencyDecisions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Emergency decisions (S2), flagged until reported to a meeting. */
@Tag(name = ApiTags.SUPERVISION)
@Component(service = EmergencyDecisionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("emergency-decisions")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyDecisionsResource {
  private final EmergencyDecisions emergencies;

  @Activate
  public EmergencyDecisionsResource(@Reference EmergencyDecisions emergencies) {
    this.emergencies = emergencies;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "recordEmergencyDecision",
      summary = "记录临机处置 Record an emergency decision",
      description =
          "S2: decided by countersignature or oral report when no meeting could be held in time; it"
              + " goes on the next meeting's agenda and stays flagged until reported.")
  @ApiResponse(
      responseCode = "201",
      description = "The decision, flagged",
      content = @Content(schema = @Schema(implementation = EmergencyDecision.class)))
  public Response record(
      EmergencyDecision body, @Context SecurityContext sc, @Context UriInfo uri) {
    EmergencyDecision d = emergencies.record(Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id)).build())
        .entity(d)
        .build();
  }

  @POST
  @Path("{id}/countersignatures")
  @Allowed({
    Role.MAYOR,
    Role.EXECUTIVE_VICE_MAYOR,
    Role.VICE_MAYOR,
    Role.PARTY_GROUP_MEMBER,
    Role.OFFICE_DIRECTOR
  })
  @Operation(
      operationId = "countersignEmergencyDecision",
      summary = "会签临机处置事项 Countersign an emergency decision",
      description =
          "S2: each leader named in countersignedBy countersigns the decision as their own act"
              + " (the caller; 403 S2 for anyone else, 409 S2 a second time). countersigned is"
              + " true once every named leader has signed.")
  public EmergencyDecision countersign(@PathParam("id") long id, @Context SecurityContext sc) {
    return emergencies.countersign(id, AccessFilter.actor(sc));
  }

  @GET
  @Allowed({Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT})
  @Operation(
      operationId = "listEmergencyDecisions",
      summary = "临机处置 Emergency decisions",
      description = "Every emergency decision, flagged until reported to a meeting (S2).")
  public List<EmergencyDecision> all() {
    return emergencies.all();
  }
}

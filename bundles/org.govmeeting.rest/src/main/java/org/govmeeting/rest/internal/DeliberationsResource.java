package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
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
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The meeting's record: reports and positions by the secretariat, decisions by the chair. */
@Tag(name = ApiTags.MINUTES)
@Component(service = DeliberationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("deliberations/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
public class DeliberationsResource {
  private final DeliberationService deliberations;

  @Activate
  public DeliberationsResource(@Reference DeliberationService deliberations) {
    this.deliberations = deliberations;
  }

  /** The participants of the meeting and the secretariat (K3); others get 403. */
  @GET
  @Allowed
  @Operation(
      operationId = "listDeliberations",
      summary = "会议记录 The meeting's record",
      description =
          "Every item's report, positions, who is still silent and decision; for the participants"
              + " and the secretariat (others 403, K3).")
  public List<Deliberation> all(
      @PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    return deliberations.deliberations(meetingId, AccessFilter.actor(sc));
  }

  @GET
  @Path("{topicId}")
  @Allowed
  @Operation(
      operationId = "getDeliberation",
      summary = "议题记录 One item's record",
      description = "Report and its history, positions, `awaiting`, decision, `revisedBy` (K3).")
  public Deliberation one(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      @Context SecurityContext sc) {
    return deliberations.deliberation(meetingId, topicId, AccessFilter.actor(sc));
  }

  @POST
  @Path("{topicId}/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "recordReport",
      summary = "记录汇报 Record an item's report",
      description =
          "D1: when the report started and ended; `overrun` is flagged. A correction before the"
              + " decision is a new version; after it 409 (I2).")
  public Deliberation report(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      Report body,
      @Context SecurityContext sc) {
    return deliberations.recordReport(
        meetingId, topicId, Params.body(body), AccessFilter.actor(sc));
  }

  @POST
  @Path("{topicId}/positions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  @Operation(
      operationId = "recordPosition",
      summary = "记录表态 Record a position",
      description =
          "D2: each person present states an opinion or no objection; silence is not a position.")
  public Deliberation position(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      Position body,
      @Context SecurityContext sc) {
    return deliberations.recordPosition(
        meetingId, topicId, Params.body(body), AccessFilter.actor(sc));
  }

  @POST
  @Path("{topicId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR})
  @Operation(
      operationId = "decideTopic",
      summary = "作出决定 Decide an item",
      description =
          "D3: the chair decides, only with quorum (C1) and every position stated (D2); never changed"
              + " afterwards (I2). Each requirement becomes a supervised task (I1).")
  public Deliberation decide(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      Decision body,
      @Context SecurityContext sc) {
    return deliberations.decide(meetingId, topicId, Params.body(body), AccessFilter.actor(sc));
  }

  @POST
  @Path("chair")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "entrustChair",
      summary = "委托主持 Entrust the chair",
      description =
          "The mayor entrusts the chair (and its decisions) to a member. No content in answer.")
  @ApiResponse(responseCode = "204", description = "The chair is entrusted")
  public void entrust(
      @PathParam("meetingId") long meetingId, Bodies.PersonRef body, @Context SecurityContext sc) {
    deliberations.entrustChair(meetingId, Params.body(body).personId, AccessFilter.actor(sc));
  }
}

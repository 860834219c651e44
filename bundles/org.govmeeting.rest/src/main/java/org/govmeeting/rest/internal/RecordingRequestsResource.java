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
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Recording and photography of a meeting, only with the chair's approval (K3). */
@Tag(name = ApiTags.ATTENDANCE)
@Component(service = RecordingRequestsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/recording-requests")
@Produces(MediaType.APPLICATION_JSON)
public class RecordingRequestsResource {
  private final AttendanceService attendance;

  @Activate
  public RecordingRequestsResource(@Reference AttendanceService attendance) {
    this.attendance = attendance;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "requestRecording",
      summary = "申请录音录像 Ask to record or photograph the meeting",
      description = "K3: only with the chair's approval, for the purpose given.")
  @ApiResponse(
      responseCode = "201",
      description = "The request, pending",
      content = @Content(schema = @Schema(implementation = RecordingRequest.class)))
  public Response requestRecording(
      @PathParam("id") long id,
      Bodies.Purpose body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    RecordingRequest r =
        attendance.requestRecording(id, Params.body(body).purpose, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id)).build())
        .entity(r)
        .build();
  }

  @POST
  @Path("{request}/approve")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "approveRecordingRequest",
      summary = "批准录音录像 Approve a recording request",
      description = "K3: the chair (the mayor) decides. No body.")
  public RecordingRequest approveRecording(
      @PathParam("id") long id, @PathParam("request") long request, @Context SecurityContext sc) {
    return ofMeeting(id, attendance.decideRecording(request, true, AccessFilter.actor(sc)));
  }

  @POST
  @Path("{request}/refuse")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "refuseRecordingRequest",
      summary = "不准录音录像 Refuse a recording request",
      description = "K3: the chair (the mayor) decides. No body.")
  public RecordingRequest refuseRecording(
      @PathParam("id") long id, @PathParam("request") long request, @Context SecurityContext sc) {
    return ofMeeting(id, attendance.decideRecording(request, false, AccessFilter.actor(sc)));
  }

  @GET
  @Allowed
  @Operation(
      operationId = "listRecordingRequests",
      summary = "录音录像申请 The meeting's recording requests",
      description = "Every request and its decision (K3).")
  public List<RecordingRequest> recordingRequests(@PathParam("id") long id) {
    return attendance.recordingRequests(id);
  }

  /** As {@link LeaveRequestsResource}: only a request of the meeting in the path is decided. */
  private static RecordingRequest ofMeeting(long meetingId, RecordingRequest r) {
    if (r.meetingId != meetingId) {
      throw new NotFoundException(
          "recording request of meeting " + meetingId, String.valueOf(r.id));
    }
    return r;
  }
}

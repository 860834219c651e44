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
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.RecordReaders;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Who attends a meeting (the attendance module): the roster and quorum, leave and early departure
 * (K1, K2), sign-in (M4), opening (C1), discipline and recording (K2, K3).
 */
@Tag(name = ApiTags.ATTENDANCE)
@Component(service = AttendanceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {
  private final AttendanceService attendance;
  private final RecordReaders readers;

  @Activate
  public AttendanceResource(
      @Reference AttendanceService attendance, @Reference RecordReaders readers) {
    this.attendance = attendance;
    this.readers = readers;
  }

  @POST
  @Path("open")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "openMeeting",
      summary = "宣布开会 Open the meeting",
      description =
          "Needs quorum (C1: at least half of the members signed in) and the law study (T1);"
              + " records `openedAt`, the day the meeting is held. S7 topics move on. No body.")
  public Meeting open(@PathParam("id") long id, @Context SecurityContext sc) {
    return attendance.open(id, AccessFilter.actor(sc));
  }

  /** The participants, the Office and the mayor (K3); others get 403. */
  @GET
  @Path("attendance")
  @Allowed
  @Operation(
      operationId = "getAttendance",
      summary = "出席情况 The roster and quorum",
      description =
          "Every person expected with their state, the members present and `quorate`; for the"
              + " participants, the Office, the secretariat and the mayor (others 403, K3).")
  public Attendance attendance(@PathParam("id") long id, @Context SecurityContext sc) {
    readers.requirePapersReader(id, AccessFilter.actor(sc));
    return attendance.attendance(id);
  }

  @POST
  @Path("sign-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "signIn",
      summary = "签到 Sign a person in",
      description =
          "M4: the Office signs a person in, or a person signs themselves in (no `personId`);"
              + " a late arrival is recorded.")
  public Attendance signIn(
      @PathParam("id") long id, @OptionalBody Bodies.PersonRef body, @Context SecurityContext sc) {
    return attendance.signIn(id, body == null ? null : body.personId, AccessFilter.actor(sc));
  }

  @POST
  @Path("departures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "recordDeparture",
      summary = "记录离场 Record that a person left",
      description = "K2: without approved leave it is a discipline entry; quorum is counted again.")
  public Attendance departure(
      @PathParam("id") long id, Bodies.PersonRef body, @Context SecurityContext sc) {
    return attendance.leave(id, Params.body(body).personId, AccessFilter.actor(sc));
  }

  @POST
  @Path("leave-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "requestLeave",
      summary = "请假 Ask for leave or to leave early",
      description =
          "K1/K2, for oneself. An attendee applies in writing (`written`) and may send a"
              + " responsible person of their own unit (`delegateId`); `approverRole` says who"
              + " decides.")
  @ApiResponse(
      responseCode = "201",
      description = "The request, pending",
      content = @Content(schema = @Schema(implementation = LeaveRequest.class)))
  public Response requestLeave(
      @PathParam("id") long id,
      LeaveRequest body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    LeaveRequest r = attendance.request(id, Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id)).build())
        .entity(r)
        .build();
  }

  @GET
  @Path("leave-requests")
  @Allowed
  @Operation(
      operationId = "listLeaveRequests",
      summary = "请假申请 The meeting's leave requests",
      description =
          "Those the caller may see: their own, or all for those who decide or keep them.")
  public List<LeaveRequest> leaveRequests(@PathParam("id") long id, @Context SecurityContext sc) {
    return attendance.requests(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("leave-requests/{request}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR})
  @Operation(
      operationId = "approveLeaveRequest",
      summary = "批准请假 Approve a leave request",
      description =
          "The approver the rules name decides: the mayor, or the executive vice-mayor for an"
              + " attendee leaving early (K1, K2). The note is optional.")
  public LeaveRequest approve(
      @PathParam("id") long id,
      @PathParam("request") long request,
      @OptionalBody Bodies.Note body,
      @Context SecurityContext sc) {
    return ofMeeting(
        id, attendance.decide(request, true, body == null ? null : body.note, actor(sc)));
  }

  @POST
  @Path("leave-requests/{request}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR})
  @Operation(
      operationId = "refuseLeaveRequest",
      summary = "不准假 Refuse a leave request",
      description = "As approving; the person is expected at the meeting.")
  public LeaveRequest refuse(
      @PathParam("id") long id,
      @PathParam("request") long request,
      @OptionalBody Bodies.Note body,
      @Context SecurityContext sc) {
    return ofMeeting(
        id, attendance.decide(request, false, body == null ? null : body.note, actor(sc)));
  }

  @POST
  @Path("discipline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "recordDiscipline",
      summary = "记录会议纪律 Record a breach of meeting discipline",
      description = "K2, K3: late arrival, leaving without leave, a phone, recording, disclosure.")
  @ApiResponse(
      responseCode = "201",
      description = "The entry",
      content = @Content(schema = @Schema(implementation = DisciplineEntry.class)))
  public Response recordDiscipline(
      @PathParam("id") long id,
      DisciplineEntry body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    DisciplineEntry d = attendance.recordDiscipline(id, Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(d).build();
  }

  @GET
  @Path("discipline")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "listDiscipline",
      summary = "会议纪律记录 The meeting's discipline entries",
      description = "Every entry the Office recorded (K2, K3).")
  public List<DisciplineEntry> discipline(@PathParam("id") long id) {
    return attendance.discipline(id);
  }

  @POST
  @Path("recording-requests")
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
  @Path("recording-requests/{request}/approve")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "approveRecordingRequest",
      summary = "批准录音录像 Approve a recording request",
      description = "K3: the chair (the mayor) decides. No body.")
  public RecordingRequest approveRecording(
      @PathParam("id") long id, @PathParam("request") long request, @Context SecurityContext sc) {
    return ofMeeting(id, attendance.decideRecording(request, true, actor(sc)));
  }

  @POST
  @Path("recording-requests/{request}/refuse")
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "refuseRecordingRequest",
      summary = "不准录音录像 Refuse a recording request",
      description = "K3: the chair (the mayor) decides. No body.")
  public RecordingRequest refuseRecording(
      @PathParam("id") long id, @PathParam("request") long request, @Context SecurityContext sc) {
    return ofMeeting(id, attendance.decideRecording(request, false, actor(sc)));
  }

  @GET
  @Path("recording-requests")
  @Allowed
  @Operation(
      operationId = "listRecordingRequests",
      summary = "录音录像申请 The meeting's recording requests",
      description = "Every request and its decision (K3).")
  public List<RecordingRequest> recordingRequests(@PathParam("id") long id) {
    return attendance.recordingRequests(id);
  }

  private static org.govmeeting.api.security.Actor actor(SecurityContext sc) {
    return AccessFilter.actor(sc);
  }

  /**
   * The request decided, if it is of the meeting in the path; else 404, and the act (one
   * transaction) is rolled back with the error answer, so a request of another meeting is never
   * decided through this one's path.
   */
  private static LeaveRequest ofMeeting(long meetingId, LeaveRequest r) {
    if (r.meetingId != meetingId) {
      throw new NotFoundException("leave request of meeting " + meetingId, String.valueOf(r.id));
    }
    return r;
  }

  private static RecordingRequest ofMeeting(long meetingId, RecordingRequest r) {
    if (r.meetingId != meetingId) {
      throw new NotFoundException(
          "recording request of meeting " + meetingId, String.valueOf(r.id));
    }
    return r;
  }
}

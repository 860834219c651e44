package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.YearMonth;
import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.minutes.RecordReaders;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Meetings (the meeting module): the mayor convenes (C1); the Office prepares the law study,
 * agenda, notices and venue; the mayor closes or cancels; the roster, sign-in and opening
 * (attendance). Materials, leave, recording and discipline have resources of their own: {@link
 * MaterialsResource}, {@link LeaveRequestsResource}, {@link RecordingRequestsResource}, {@link
 * DisciplineResource}, {@link EmergencyReportsResource} (CXF routes a path to the most specific
 * root only).
 */
@Component(service = MeetingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {
  private final MeetingService meetings;
  private final MeetingPlanner planner;
  private final AttendanceService attendance;
  private final RecordReaders readers;
  private final DistrictZone zone;

  @Activate
  public MeetingsResource(
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference AttendanceService attendance,
      @Reference RecordReaders readers,
      @Reference DistrictZone zone) {
    this.meetings = meetings;
    this.planner = planner;
    this.attendance = attendance;
    this.readers = readers;
    this.zone = zone;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "conveneMeeting",
      summary = "召集会议 Convene a meeting",
      description =
          "C1: the mayor convenes, regular (once a month, C3) or extra; the cut-off (S9) is when"
              + " topics must have completed their review.")
  @ApiResponse(
      responseCode = "201",
      description = "The meeting, numbered, at its `Location`",
      content = @Content(schema = @Schema(implementation = Meeting.class)))
  public Response convene(MeetingRequest body, @Context SecurityContext sc, @Context UriInfo uri) {
    Meeting m = meetings.convene(Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id)).build())
        .entity(m)
        .build();
  }

  @GET
  @Allowed
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "listMeetings",
      summary = "会议列表 List meetings",
      description = "In order of their number, paged.")
  public List<Meeting> list(
      @QueryParam("status") @Parameter(schema = @Schema(implementation = Meeting.Status.class))
          String status,
      @BeanParam Paging paging) {
    return meetings.list(
        Params.enumValue(Meeting.Status.class, "status", status), paging.offset(), paging.limit());
  }

  @GET
  @Path("{id}")
  @Allowed
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "getMeeting",
      summary = "读取会议 Read a meeting",
      description = "With `openedAt` once the mayor opened it.")
  public Meeting get(@PathParam("id") long id) {
    return meetings
        .get(id)
        .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(id)));
  }

  // ---- preparation ----

  @PUT
  @Path("{id}/law-study")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "setLawStudy",
      summary = "安排集体学法 Set the law study",
      description =
          "T1: every meeting opens with a collective law study: its area, subject and who leads it.")
  public Meeting setLawStudy(@PathParam("id") long id, LawStudy body, @Context SecurityContext sc) {
    return planner.setLawStudy(id, Params.body(body), AccessFilter.actor(sc));
  }

  @GET
  @Path("{id}/law-study")
  @Allowed
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "getLawStudy",
      summary = "集体学法 The law study",
      description = "The law study set for the meeting (T1).")
  public LawStudy lawStudy(@PathParam("id") long id) {
    LawStudy s = planner.lawStudy(id);
    if (s == null) {
      throw new NotFoundException("集体学法安排（会议编号）", "law study of meeting", String.valueOf(id));
    }
    return s;
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "invitePerson",
      summary = "邀请列席 Invite a head to attend",
      description = "C2: heads of units concerned attend by invitation; answers everyone invited.")
  @ApiResponse(
      responseCode = "201",
      description = "Everyone invited to the meeting",
      content = @Content(array = @ArraySchema(schema = @Schema(type = "string"))))
  public Response invite(
      @PathParam("id") long id,
      Bodies.PersonRef body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    planner.invite(id, Params.body(body).personId, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(planner.invited(id)).build();
  }

  @GET
  @Path("{id}/agenda")
  @Allowed
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "getAgenda",
      summary = "会议议程 The agenda",
      description =
          "The law study, then the approved topics in order with reporter and time limit; `deferred`"
              + " lists the S7 topics.")
  public Agenda agenda(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.agenda(id, AccessFilter.actor(sc));
  }

  @PUT
  @Path("{id}/agenda/items/{topicId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "setAgendaItem",
      summary = "设置议程事项 Set an agenda item",
      description = "D1: the report's time limit; K3: whether the item is confidential.")
  public Agenda setItem(
      @PathParam("id") long id,
      @PathParam("topicId") long topicId,
      Bodies.ItemSettings body,
      @Context SecurityContext sc) {
    Bodies.ItemSettings s = Params.body(body);
    planner.setItem(id, topicId, s.timeLimitMinutes, s.confidential, AccessFilter.actor(sc));
    return planner.agenda(id, AccessFilter.actor(sc));
  }

  @GET
  @Path("{id}/participants")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT, Role.MAYOR})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "listParticipants",
      summary = "参会人员 The participants",
      description =
          "The people on the roster less those excused (K1): who reads the meeting's record (K3).")
  public List<String> participants(@PathParam("id") long id) {
    return planner.participants(id);
  }

  @POST
  @Path("{id}/notices")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "sendNotices",
      summary = "发出会议通知 Notify every participant",
      description =
          "M1: a notice with time, venue and agenda to each participant; the meeting becomes"
              + " NOTIFIED. No body.")
  @ApiResponse(
      responseCode = "201",
      description = "The notices sent",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = Notice.class))))
  public Response notify(
      @PathParam("id") long id, @Context SecurityContext sc, @Context UriInfo uri) {
    List<Notice> sent = planner.notifyParticipants(id, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(sent).build();
  }

  @GET
  @Path("gaps")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "listMonthGaps",
      summary = "未开会月份 Months without a meeting",
      description =
          "C3: a regular meeting once a month in principle; each month without one, and the reason"
              + " the mayor recorded.")
  public List<MonthGap> gaps(
      @QueryParam("until")
          @Parameter(
              description = "The last month to list (this month if absent), at most 10 years ahead",
              schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", example = "2027-01"))
          String until) {
    YearMonth now = YearMonth.now(zone.get());
    YearMonth last = until == null ? now : Params.month("month", until);
    // One entry per month since the first meeting: a far future month would build megabytes.
    if (last.isAfter(now.plusYears(MAX_GAP_YEARS))) {
      throw new ValidationException(
          "until",
          "查询月份最远只能到" + MAX_GAP_YEARS + "年后（" + now.plusYears(MAX_GAP_YEARS) + "）",
          "must be at most " + MAX_GAP_YEARS + " years ahead (" + now.plusYears(10) + ")");
    }
    return planner.gaps(last);
  }

  static final int MAX_GAP_YEARS = 10;

  @POST
  @Path("gaps/{month}/reason")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "excuseMonthGap",
      summary = "说明未开会原因 Record why a month had no meeting",
      description = "C3: the mayor's reason for a month without a regular meeting.")
  public MonthGap excuse(
      @PathParam("month")
          @Parameter(
              schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", example = "2026-03"))
          String month,
      Bodies.Reason body,
      @Context SecurityContext sc) {
    return planner.excuse(
        Params.month("month", month), Params.body(body).reason, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/close")
  @Allowed(Role.MAYOR)
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "closeMeeting",
      summary = "散会 Close the meeting",
      description =
          "The mayor closes the meeting; emergency decisions reported to it are marked so. No body.")
  public Meeting close(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.close(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "cancelMeeting",
      summary = "取消会议 Cancel a meeting",
      description = "The mayor cancels, with a reason; its topics wait for another meeting.")
  public Meeting cancel(@PathParam("id") long id, Bodies.Reason body, @Context SecurityContext sc) {
    return planner.cancel(id, Params.body(body).reason, AccessFilter.actor(sc));
  }

  @PUT
  @Path("{id}/venue")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      tags = ApiTags.MEETINGS,
      operationId = "setVenue",
      summary = "安排会场 Set the venue",
      description = "M4: where the meeting is held.")
  public Meeting venue(@PathParam("id") long id, Bodies.Venue body, @Context SecurityContext sc) {
    return planner.setVenue(id, Params.body(body).venue, AccessFilter.actor(sc));
  }

  // ---- attendance: the roster, sign-in, opening ----

  @POST
  @Path("{id}/open")
  @Allowed(Role.MAYOR)
  @Operation(
      tags = ApiTags.ATTENDANCE,
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
  @Path("{id}/attendance")
  @Allowed
  @Operation(
      tags = ApiTags.ATTENDANCE,
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
  @Path("{id}/sign-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      tags = ApiTags.ATTENDANCE,
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
  @Path("{id}/departures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      tags = ApiTags.ATTENDANCE,
      operationId = "recordDeparture",
      summary = "记录离场 Record that a person left",
      description = "K2: without approved leave it is a discipline entry; quorum is counted again.")
  public Attendance departure(
      @PathParam("id") long id, Bodies.PersonRef body, @Context SecurityContext sc) {
    return attendance.leave(id, Params.body(body).personId, AccessFilter.actor(sc));
  }
}

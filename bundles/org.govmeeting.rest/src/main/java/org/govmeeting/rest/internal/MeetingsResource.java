package org.govmeeting.rest.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.MaterialsStatus;
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
 * Meetings and everything under them: the mayor convenes (C1); the Office prepares the law study,
 * agenda, notices and materials; attendance, leave, sign-in and discipline; the chair opens.
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

  @Activate
  public MeetingsResource(
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference AttendanceService attendance,
      @Reference RecordReaders readers) {
    this.meetings = meetings;
    this.planner = planner;
    this.attendance = attendance;
    this.readers = readers;
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
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return meetings.list(
        Params.enumValue(Meeting.Status.class, "status", status),
        Params.count("offset", offset, 0),
        Math.min(Params.count("limit", limit, 50), 200));
  }

  @GET
  @Path("{id}")
  @Allowed
  public Meeting get(@PathParam("id") long id) {
    return meetings.get(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
  }

  // ---- preparation ----

  @PUT
  @Path("{id}/law-study")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Meeting setLawStudy(@PathParam("id") long id, LawStudy body, @Context SecurityContext sc) {
    return planner.setLawStudy(id, Params.body(body), AccessFilter.actor(sc));
  }

  @GET
  @Path("{id}/law-study")
  @Allowed
  public LawStudy lawStudy(@PathParam("id") long id) {
    LawStudy s = planner.lawStudy(id);
    if (s == null) {
      throw new NotFoundException("law study of meeting", String.valueOf(id));
    }
    return s;
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
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
  public Agenda agenda(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.agenda(id, AccessFilter.actor(sc));
  }

  @PUT
  @Path("{id}/agenda/items/{topicId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
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
  public List<String> participants(@PathParam("id") long id) {
    return planner.participants(id);
  }

  @POST
  @Path("{id}/notices")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Response notify(
      @PathParam("id") long id, @Context SecurityContext sc, @Context UriInfo uri) {
    List<Notice> sent = planner.notifyParticipants(id, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(sent).build();
  }

  @PUT
  @Path("{id}/materials")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public MaterialsStatus setMaterials(
      @PathParam("id") long id, Bodies.MaterialsFormat body, @Context SecurityContext sc) {
    Bodies.MaterialsFormat f = Params.body(body);
    return planner.setMaterialsFormat(id, f.format, f.copies, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/materials/deliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  public MaterialsStatus deliver(
      @PathParam("id") long id, Bodies.TopicRef body, @Context SecurityContext sc) {
    return planner.deliver(id, Params.body(body).topicId, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/materials/distribution")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public MaterialsStatus distribute(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.distribute(id, AccessFilter.actor(sc));
  }

  @GET
  @Path("{id}/materials")
  @Allowed({Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  public MaterialsStatus materials(@PathParam("id") long id) {
    return planner.materials(id);
  }

  @GET
  @Path("gaps")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  public List<MonthGap> gaps(@QueryParam("until") String until) {
    YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
    YearMonth last = until == null ? now : month(until);
    // One entry per month since the first meeting: a far future month would build megabytes.
    if (last.isAfter(now.plusYears(MAX_GAP_YEARS))) {
      throw new ValidationException(
          "until", "must be at most " + MAX_GAP_YEARS + " years ahead (" + now.plusYears(10) + ")");
    }
    return planner.gaps(last);
  }

  static final int MAX_GAP_YEARS = 10;

  @POST
  @Path("gaps/{month}/reason")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  public MonthGap excuse(
      @PathParam("month") String month, Bodies.Reason body, @Context SecurityContext sc) {
    return planner.excuse(month(month), Params.body(body).reason, AccessFilter.actor(sc));
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new ValidationException("month", "'" + text + "' is not a month like 2026-03");
    }
  }

  // ---- session and attendance ----

  @POST
  @Path("{id}/open")
  @Allowed(Role.MAYOR)
  public Meeting open(@PathParam("id") long id, @Context SecurityContext sc) {
    return attendance.open(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/close")
  @Allowed(Role.MAYOR)
  public Meeting close(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.close(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  public Meeting cancel(@PathParam("id") long id, Bodies.Reason body, @Context SecurityContext sc) {
    return planner.cancel(id, Params.body(body).reason, AccessFilter.actor(sc));
  }

  @PUT
  @Path("{id}/venue")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Meeting venue(@PathParam("id") long id, Bodies.Venue body, @Context SecurityContext sc) {
    return planner.setVenue(id, Params.body(body).venue, AccessFilter.actor(sc));
  }

  /** The participants, the Office and the mayor (K3); others get 403. */
  @GET
  @Path("{id}/attendance")
  @Allowed
  public Attendance attendance(@PathParam("id") long id, @Context SecurityContext sc) {
    readers.requirePapersReader(id, AccessFilter.actor(sc));
    return attendance.attendance(id);
  }

  @POST
  @Path("{id}/sign-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  public Attendance signIn(
      @PathParam("id") long id, Bodies.PersonRef body, @Context SecurityContext sc) {
    return attendance.signIn(id, body == null ? null : body.personId, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/departures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Attendance departure(
      @PathParam("id") long id, Bodies.PersonRef body, @Context SecurityContext sc) {
    return attendance.leave(id, Params.body(body).personId, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/leave-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
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
  @Path("{id}/leave-requests")
  @Allowed
  public List<LeaveRequest> leaveRequests(@PathParam("id") long id, @Context SecurityContext sc) {
    return attendance.requests(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/leave-requests/{request}/approve")
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR})
  public LeaveRequest approve(
      @PathParam("request") long request, Bodies.Note body, @Context SecurityContext sc) {
    return attendance.decide(
        request, true, body == null ? null : body.note, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/leave-requests/{request}/refuse")
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR})
  public LeaveRequest refuse(
      @PathParam("request") long request, Bodies.Note body, @Context SecurityContext sc) {
    return attendance.decide(
        request, false, body == null ? null : body.note, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/discipline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Response recordDiscipline(
      @PathParam("id") long id,
      DisciplineEntry body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    DisciplineEntry d = attendance.recordDiscipline(id, Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(d).build();
  }

  @GET
  @Path("{id}/discipline")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  public List<DisciplineEntry> discipline(@PathParam("id") long id) {
    return attendance.discipline(id);
  }

  @POST
  @Path("{id}/recording-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
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
  @Path("{id}/recording-requests/{request}/{decision: approve|refuse}")
  @Allowed(Role.MAYOR)
  public RecordingRequest decideRecording(
      @PathParam("request") long request,
      @PathParam("decision") String decision,
      @Context SecurityContext sc) {
    return attendance.decideRecording(request, "approve".equals(decision), AccessFilter.actor(sc));
  }

  @GET
  @Path("{id}/recording-requests")
  @Allowed
  public List<RecordingRequest> recordingRequests(@PathParam("id") long id) {
    return attendance.recordingRequests(id);
  }
}

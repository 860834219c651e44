package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Attendance and discipline as an OSGi component: it wires the acts, one class per group of acts
 * the regulation gives a role, and owns the references and the events. Only acts are stored:
 * requests and decisions, sign-ins and departures, discipline entries.
 */
@Component(service = AttendanceService.class)
public class AttendanceComponent implements AttendanceService {
  private final Roster roster;
  private final LeaveRequests leave;
  private final SignInAndOpening signIn;
  private final Discipline discipline;
  private final RecordingApproval recording;

  @Activate
  public AttendanceComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.attendance)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.attendance)")
          SchemaReady schema,
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference Directory directory,
      @Reference ActivePolicy policy,
      @Reference Outbox outbox) {
    this(
        jpa,
        meetings,
        planner,
        directory,
        policy,
        // In the act: an approved absence shows on the agenda when the approval answers.
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          outbox.publish((String) p.remove("event.topics"), p);
        },
        Clock.systemUTC());
  }

  /**
   * The same, free of OSGi: {@code announce} gets each event's properties with its topic under
   * {@code event.topics}.
   */
  AttendanceComponent(
      JpaTemplate jpa,
      MeetingService meetings,
      MeetingPlanner planner,
      Directory directory,
      ActivePolicy policy,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    roster = new Roster(jpa, meetings, planner, directory, policy);
    leave = new LeaveRequests(jpa, roster, directory, announce, clock);
    signIn = new SignInAndOpening(jpa, roster, planner, clock);
    discipline = new Discipline(jpa, roster, clock);
    recording = new RecordingApproval(jpa, roster, clock);
  }

  @Override
  public Attendance attendance(long meetingId) {
    return roster.attendance(meetingId);
  }

  @Override
  public LeaveRequest request(long meetingId, LeaveRequest request, Actor actor) {
    return leave.request(meetingId, request, actor);
  }

  @Override
  public LeaveRequest decide(long requestId, boolean approve, String note, Actor actor) {
    return leave.decide(requestId, approve, note, actor);
  }

  @Override
  public List<LeaveRequest> requests(long meetingId, Actor actor) {
    return leave.requests(meetingId, actor);
  }

  @Override
  public Attendance signIn(long meetingId, String personId, Actor actor) {
    return signIn.signIn(meetingId, personId, actor);
  }

  @Override
  public Attendance leave(long meetingId, String personId, Actor actor) {
    return signIn.leave(meetingId, personId, actor);
  }

  @Override
  public Meeting open(long meetingId, Actor actor) {
    return signIn.open(meetingId, actor);
  }

  @Override
  public boolean quorate(long meetingId) {
    return signIn.quorate(meetingId);
  }

  @Override
  public DisciplineEntry recordDiscipline(long meetingId, DisciplineEntry entry, Actor actor) {
    return discipline.record(meetingId, entry, actor);
  }

  @Override
  public List<DisciplineEntry> discipline(long meetingId) {
    return discipline.entries(meetingId);
  }

  @Override
  public RecordingRequest requestRecording(long meetingId, String purpose, Actor actor) {
    return recording.request(meetingId, purpose, actor);
  }

  @Override
  public RecordingRequest decideRecording(long requestId, boolean approve, Actor actor) {
    return recording.decide(requestId, approve, actor);
  }

  @Override
  public List<RecordingRequest> recordingRequests(long meetingId) {
    return recording.requests(meetingId);
  }
}

package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * Attendance and discipline, free of OSGi. The roster is derived each time from the directory (C1,
 * C2), the invitations and the approved leave; only acts are stored: requests and decisions,
 * sign-ins and departures, discipline entries.
 */
class AttendanceKeeping implements AttendanceService {
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};
  private static final Set<Role> SEE_ALL =
      EnumSet.of(Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final MeetingPlanner planner;
  private final Directory directory;
  private final ActivePolicy policy;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  AttendanceKeeping(
      JpaTemplate jpa,
      MeetingService meetings,
      MeetingPlanner planner,
      Directory directory,
      ActivePolicy policy,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.planner = planner;
    this.directory = directory;
    this.policy = policy;
    this.announce = announce;
    this.clock = clock;
  }

  // ---- roster and quorum ----------------------------------------------------------------

  // rule: C1, C2 — members count for quorum; regular attendees and invited heads attend
  @Override
  public Attendance attendance(long meetingId) {
    meeting(meetingId);
    Map<String, RosterEntry> roster = expected(meetingId);
    jpa.tx(
        TransactionType.Required,
        em -> {
          for (LeaveRequestRecord r : approved(em, meetingId, LeaveRequest.Kind.ABSENCE)) {
            RosterEntry e = roster.get(r.personId);
            if (e != null) {
              e.state = RosterEntry.State.ON_LEAVE;
            }
            if (r.delegateId != null && !roster.containsKey(r.delegateId)) {
              RosterEntry d = entry(r.delegateId, RosterEntry.Kind.DELEGATE);
              d.delegateFor = r.personId;
              roster.put(d.personId, d);
            }
          }
          for (SignInRecord s : signIns(em, meetingId)) {
            RosterEntry e = roster.get(s.personId);
            if (e == null) {
              continue;
            }
            e.state = s.leftAt == null ? RosterEntry.State.SIGNED_IN : RosterEntry.State.LEFT;
            e.signedInAt = s.signedInAt.toInstant();
            e.signedInBy = s.signedInBy;
            e.late = s.late;
            e.leftAt = s.leftAt == null ? null : s.leftAt.toInstant();
          }
        });
    Attendance a = new Attendance();
    a.meetingId = meetingId;
    a.roster = new ArrayList<>(roster.values());
    a.members = (int) a.roster.stream().filter(e -> e.kind == RosterEntry.Kind.MEMBER).count();
    a.membersPresent =
        (int)
            a.roster.stream()
                .filter(e -> e.kind == RosterEntry.Kind.MEMBER)
                .filter(e -> e.state == RosterEntry.State.SIGNED_IN)
                .count();
    a.quorate = policy.get().quorate(a.membersPresent, a.members);
    return a;
  }

  /** Members, regular attendees and invited heads, before leave and sign-in. */
  private Map<String, RosterEntry> expected(long meetingId) {
    Map<String, RosterEntry> roster = new LinkedHashMap<>();
    directory.members().forEach(p -> roster.put(p.id, entry(p.id, RosterEntry.Kind.MEMBER)));
    directory
        .regularAttendees()
        .forEach(p -> roster.putIfAbsent(p.id, entry(p.id, RosterEntry.Kind.ATTENDEE)));
    planner
        .invited(meetingId)
        .forEach(id -> roster.putIfAbsent(id, entry(id, RosterEntry.Kind.INVITED)));
    return roster;
  }

  @Override
  public boolean quorate(long meetingId) {
    return attendance(meetingId).quorate;
  }

  // rule: C1 — the mayor opens the meeting only with more than half of the members present
  @Override
  public Meeting open(long meetingId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the mayor convenes and chairs the meeting", Clause.C1);
    }
    Attendance a = attendance(meetingId);
    if (!a.quorate) {
      throw new RuleViolationException(
          Clause.C1,
          a.membersPresent
              + " of "
              + a.members
              + " members are signed in; the meeting needs more"
              + " ("
              + policyName()
              + ")");
    }
    return planner.begin(meetingId, actor);
  }

  private String policyName() {
    return policy.get().district() + " policy";
  }

  // ---- leave ----------------------------------------------------------------------------

  // rule: K1 — leave from the mayor; attendees in writing, with a delegate if they like
  // rule: K2 — leaving midway: members ask the mayor, other attendees the executive vice-mayor
  @Override
  public LeaveRequest request(long meetingId, LeaveRequest in, Actor actor) {
    Meeting meeting = meeting(meetingId);
    if (in == null || in.kind == null) {
      throw new ValidationException("kind", "ABSENCE or EARLY_DEPARTURE", Clause.K1);
    }
    String reason = ValidationException.requireText("reason", in.reason);
    RosterEntry me = expected(meetingId).get(actor.personId());
    if (me == null) {
      throw new AccessDeniedException("you are not expected at meeting " + meeting.number);
    }
    if (actor.has(Role.MAYOR)) {
      throw new ConflictException("the mayor convenes and chairs the meeting", Clause.C1);
    }
    boolean member = me.kind == RosterEntry.Kind.MEMBER;
    Clause clause = in.kind == LeaveRequest.Kind.ABSENCE ? Clause.K1 : Clause.K2;
    if (in.kind == LeaveRequest.Kind.ABSENCE) {
      if (meeting.status != Meeting.Status.PLANNED && meeting.status != Meeting.Status.NOTIFIED) {
        throw new ConflictException("meeting " + meeting.number + " is " + meeting.status, clause);
      }
      if (!member && !in.written) {
        throw new ValidationException(
            "written", "an attendee applies for leave in writing", Clause.K1);
      }
      if (in.delegateId != null) {
        if (member) {
          throw new ValidationException(
              "delegateId", "a member cannot send someone in their place", Clause.K1);
        }
        Person delegate =
            directory
                .person(in.delegateId)
                .orElseThrow(
                    () -> new ValidationException("delegateId", "no such person", Clause.K1));
        Person self = directory.person(actor.personId()).orElseThrow();
        if (!delegate.unitId.equals(self.unitId)) {
          throw new ValidationException(
              "delegateId", "the delegate is a responsible person of your own unit", Clause.K1);
        }
      }
    } else if (in.delegateId != null) {
      throw new ValidationException("delegateId", "no delegate for leaving midway", Clause.K2);
    }
    Role approver =
        in.kind == LeaveRequest.Kind.EARLY_DEPARTURE && !member
            ? Role.EXECUTIVE_VICE_MAYOR
            : Role.MAYOR;
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          boolean open =
              !em.createQuery(
                      "select r.id from LeaveRequestRecord r where r.meetingId = :m and"
                          + " r.personId = :p and r.kind = :k and r.state <> :refused",
                      Long.class)
                  .setParameter("m", meetingId)
                  .setParameter("p", actor.personId())
                  .setParameter("k", in.kind)
                  .setParameter("refused", LeaveRequest.State.REFUSED)
                  .getResultList()
                  .isEmpty();
          if (open) {
            throw new ConflictException("you already asked for this", clause);
          }
          LeaveRequestRecord r = new LeaveRequestRecord();
          r.meetingId = meetingId;
          r.kind = in.kind;
          r.personId = actor.personId();
          r.reason = reason;
          r.written = in.written;
          r.delegateId = in.delegateId;
          r.state = LeaveRequest.State.PENDING;
          r.requestedAt = Timestamp.from(now);
          r.approverRole = approver;
          em.persist(r);
          em.flush();
          return toRequest(r);
        });
  }

  @Override
  public LeaveRequest decide(long requestId, boolean approve, String note, Actor actor) {
    Instant now = clock.instant();
    LeaveRequest decided =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              LeaveRequestRecord r = em.find(LeaveRequestRecord.class, requestId);
              if (r == null) {
                throw new NotFoundException("leave request", String.valueOf(requestId));
              }
              Clause clause = r.kind == LeaveRequest.Kind.ABSENCE ? Clause.K1 : Clause.K2;
              if (!actor.has(r.approverRole)) {
                throw new AccessDeniedException(
                    "this request is for the " + r.approverRole + " to decide", clause);
              }
              if (r.state != LeaveRequest.State.PENDING) {
                throw new ConflictException("the request was already " + r.state, clause);
              }
              r.state = approve ? LeaveRequest.State.APPROVED : LeaveRequest.State.REFUSED;
              r.decidedBy = actor.personId();
              r.decidedAt = Timestamp.from(now);
              r.decisionNote = note;
              return toRequest(r);
            });
    if (decided.state == LeaveRequest.State.APPROVED) {
      Map<String, Object> e = new HashMap<>();
      e.put("event.topics", Events.LEAVE_APPROVED);
      e.put(Events.MEETING_ID, decided.meetingId);
      e.put(Events.PERSON_ID, decided.personId);
      e.put(Events.KIND, decided.kind.name());
      e.put(Events.ACTOR_ID, actor.personId());
      announce.accept(e);
    }
    return decided;
  }

  @Override
  public List<LeaveRequest> requests(long meetingId, Actor actor) {
    boolean all = actor.hasAny(SEE_ALL);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TypedQuery<LeaveRequestRecord> q =
              em.createQuery(
                      "select r from LeaveRequestRecord r where r.meetingId = :m"
                          + (all ? "" : " and r.personId = :p")
                          + " order by r.id",
                      LeaveRequestRecord.class)
                  .setParameter("m", meetingId);
          if (!all) {
            q.setParameter("p", actor.personId());
          }
          return q.getResultList().stream()
              .map(AttendanceKeeping::toRequest)
              .collect(Collectors.toList());
        });
  }

  // ---- sign-in and departure ------------------------------------------------------------

  // rule: M4 — the Office runs the sign-in; K1 — late arrival is recorded
  @Override
  public Attendance signIn(long meetingId, String personId, Actor actor) {
    String who = personId == null ? actor.personId() : personId;
    if (!who.equals(actor.personId()) && !actor.hasAny(EnumSet.of(OFFICE[0], OFFICE[1]))) {
      throw new AccessDeniedException("only the Office signs others in", Clause.M4);
    }
    Meeting meeting = meeting(meetingId);
    if (meeting.status == Meeting.Status.CLOSED || meeting.status == Meeting.Status.CANCELLED) {
      throw new ConflictException("meeting " + meeting.number + " is " + meeting.status, Clause.M4);
    }
    RosterEntry entry =
        attendance(meetingId).roster.stream()
            .filter(e -> e.personId.equals(who))
            .findFirst()
            .orElseThrow(
                () ->
                    new ValidationException(
                        "personId",
                        who + " is not on the roster of meeting " + meeting.number,
                        Clause.M4));
    if (entry.state == RosterEntry.State.ON_LEAVE) {
      throw new ConflictException(who + " is on approved leave", Clause.K1);
    }
    Instant now = clock.instant();
    boolean late = now.isAfter(meeting.scheduledAt);
    jpa.tx(
        TransactionType.Required,
        em -> {
          if (!signIns(em, meetingId).stream().noneMatch(s -> s.personId.equals(who))) {
            throw new ConflictException(who + " is already signed in", Clause.M4);
          }
          SignInRecord s = new SignInRecord();
          s.meetingId = meetingId;
          s.personId = who;
          s.signedInAt = Timestamp.from(now);
          s.signedInBy = actor.personId();
          s.late = late;
          em.persist(s);
          if (late) {
            em.persist(
                discipline(
                    meetingId,
                    who,
                    DisciplineEntry.Kind.LATE_ARRIVAL,
                    "signed in after the meeting began",
                    actor,
                    now));
          }
        });
    return attendance(meetingId);
  }

  // rule: K2 — no leaving midway without leave; quorum is recomputed
  @Override
  public Attendance leave(long meetingId, String personId, Actor actor) {
    actor.actingAs(OFFICE);
    String who = ValidationException.requireText("personId", personId);
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          SignInRecord s =
              signIns(em, meetingId).stream()
                  .filter(x -> x.personId.equals(who) && x.leftAt == null)
                  .findFirst()
                  .orElseThrow(
                      () -> new ConflictException(who + " is not in the meeting", Clause.K2));
          s.leftAt = Timestamp.from(now);
          s.leftRecordedBy = actor.personId();
          boolean excused =
              approved(em, meetingId, LeaveRequest.Kind.EARLY_DEPARTURE).stream()
                  .anyMatch(r -> r.personId.equals(who));
          if (!excused) {
            em.persist(
                discipline(
                    meetingId,
                    who,
                    DisciplineEntry.Kind.LEFT_WITHOUT_LEAVE,
                    "left the meeting without approved leave",
                    actor,
                    now));
          }
        });
    return attendance(meetingId);
  }

  // ---- discipline and recording ---------------------------------------------------------

  // rule: K3 — unauthorised recording and disclosure are recorded
  @Override
  public DisciplineEntry recordDiscipline(long meetingId, DisciplineEntry in, Actor actor) {
    actor.actingAs(OFFICE);
    meeting(meetingId);
    if (in == null || in.kind == null) {
      throw new ValidationException("kind", "what happened", Clause.K2);
    }
    String who = ValidationException.requireText("personId", in.personId);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          DisciplineRecord r = discipline(meetingId, who, in.kind, in.note, actor, now);
          em.persist(r);
          em.flush();
          return toDiscipline(r);
        });
  }

  @Override
  public List<DisciplineEntry> discipline(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select d from DisciplineRecord d where d.meetingId = :m order by d.id",
                    DisciplineRecord.class)
                .setParameter("m", meetingId)
                .getResultList()
                .stream()
                .map(AttendanceKeeping::toDiscipline)
                .collect(Collectors.toList()));
  }

  @Override
  public RecordingRequest requestRecording(long meetingId, String purpose, Actor actor) {
    meeting(meetingId);
    String why = ValidationException.requireText("purpose", purpose);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          RecordingRecord r = new RecordingRecord();
          r.meetingId = meetingId;
          r.personId = actor.personId();
          r.purpose = why;
          r.state = LeaveRequest.State.PENDING;
          em.persist(r);
          em.flush();
          return toRecording(r);
        });
  }

  // rule: K3 — no recording or photography without the chair's approval
  @Override
  public RecordingRequest decideRecording(long requestId, boolean approve, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the chair decides on recording and photography", Clause.K3);
    }
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          RecordingRecord r = em.find(RecordingRecord.class, requestId);
          if (r == null) {
            throw new NotFoundException("recording request", String.valueOf(requestId));
          }
          if (r.state != LeaveRequest.State.PENDING) {
            throw new ConflictException("already " + r.state, Clause.K3);
          }
          r.state = approve ? LeaveRequest.State.APPROVED : LeaveRequest.State.REFUSED;
          r.decidedBy = actor.personId();
          r.decidedAt = Timestamp.from(now);
          return toRecording(r);
        });
  }

  @Override
  public List<RecordingRequest> recordingRequests(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select r from RecordingRecord r where r.meetingId = :m order by r.id",
                    RecordingRecord.class)
                .setParameter("m", meetingId)
                .getResultList()
                .stream()
                .map(AttendanceKeeping::toRecording)
                .collect(Collectors.toList()));
  }

  // ---- helpers --------------------------------------------------------------------------

  private Meeting meeting(long id) {
    return meetings.get(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
  }

  private static RosterEntry entry(String personId, RosterEntry.Kind kind) {
    RosterEntry e = new RosterEntry();
    e.personId = personId;
    e.kind = kind;
    e.state = RosterEntry.State.EXPECTED;
    return e;
  }

  private static List<LeaveRequestRecord> approved(
      EntityManager em, long meetingId, LeaveRequest.Kind kind) {
    return em.createQuery(
            "select r from LeaveRequestRecord r where r.meetingId = :m and r.kind = :k"
                + " and r.state = :s order by r.id",
            LeaveRequestRecord.class)
        .setParameter("m", meetingId)
        .setParameter("k", kind)
        .setParameter("s", LeaveRequest.State.APPROVED)
        .getResultList();
  }

  private static List<SignInRecord> signIns(EntityManager em, long meetingId) {
    return em.createQuery(
            "select s from SignInRecord s where s.meetingId = :m order by s.id", SignInRecord.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  private static DisciplineRecord discipline(
      long meetingId,
      String who,
      DisciplineEntry.Kind kind,
      String note,
      Actor actor,
      Instant now) {
    DisciplineRecord r = new DisciplineRecord();
    r.meetingId = meetingId;
    r.personId = who;
    r.kind = kind;
    r.note = note;
    r.recordedBy = actor.personId();
    r.recordedAt = Timestamp.from(now);
    return r;
  }

  private static LeaveRequest toRequest(LeaveRequestRecord r) {
    LeaveRequest out = new LeaveRequest();
    out.id = r.id;
    out.meetingId = r.meetingId;
    out.kind = r.kind;
    out.personId = r.personId;
    out.reason = r.reason;
    out.written = r.written;
    out.delegateId = r.delegateId;
    out.state = r.state;
    out.requestedAt = r.requestedAt.toInstant();
    out.approverRole = r.approverRole.name();
    out.decidedBy = r.decidedBy;
    out.decidedAt = r.decidedAt == null ? null : r.decidedAt.toInstant();
    out.decisionNote = r.decisionNote;
    return out;
  }

  private static DisciplineEntry toDiscipline(DisciplineRecord r) {
    DisciplineEntry out = new DisciplineEntry();
    out.id = r.id;
    out.meetingId = r.meetingId;
    out.personId = r.personId;
    out.kind = r.kind;
    out.note = r.note;
    out.recordedBy = r.recordedBy;
    out.recordedAt = r.recordedAt.toInstant();
    return out;
  }

  private static RecordingRequest toRecording(RecordingRecord r) {
    RecordingRequest out = new RecordingRequest();
    out.id = r.id;
    out.meetingId = r.meetingId;
    out.personId = r.personId;
    out.purpose = r.purpose;
    out.state = r.state;
    out.decidedBy = r.decidedBy;
    out.decidedAt = r.decidedAt == null ? null : r.decidedAt.toInstant();
    return out;
  }
}

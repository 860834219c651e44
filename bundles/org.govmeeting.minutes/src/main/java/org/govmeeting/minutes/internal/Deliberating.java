package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.AttendanceService;
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
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;

/**
 * In the meeting: the secretariat records each report (D1) and position (D2), the chair decides
 * (D3). Once an item is decided nothing of its record changes (I2); before that, a corrected report
 * is a new version beside the old one.
 */
class Deliberating implements DeliberationService {
  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final MeetingPlanner planner;
  private final AttendanceService attendance;
  private final Directory directory;
  private final TopicService topics;
  private final Readers readers;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  Deliberating(
      JpaTemplate jpa,
      MeetingService meetings,
      MeetingPlanner planner,
      AttendanceService attendance,
      Directory directory,
      TopicService topics,
      Readers readers,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.planner = planner;
    this.attendance = attendance;
    this.directory = directory;
    this.topics = topics;
    this.readers = readers;
    this.announce = announce;
    this.clock = clock;
  }

  // rule: D1 — the report, within its time limit; I2 — never rewritten once the item is decided
  @Override
  public Deliberation recordReport(long meetingId, long topicId, Report report, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    AgendaItem item = inSessionItem(meetingId, topicId, actor);
    if (report == null
        || report.startedAt == null
        || report.endedAt == null
        || report.endedAt.isBefore(report.startedAt)) {
      throw new ValidationException("endedAt", "give when the report started and ended", Clause.D1);
    }
    String reporter = report.reporterId == null ? item.reporterId : report.reporterId;
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.lockedItem(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException(
                "该事项已作出决定，会议记录不再改动（the item is decided; its record never changes)", Clause.I2);
          }
          ItemRepository.report(
              em, r, reporter, report.startedAt, report.endedAt, actor.personId(), now);
        });
    return deliberation(meetingId, topicId);
  }

  // rule: D2 — every member and attendee states a position
  @Override
  public Deliberation recordPosition(long meetingId, long topicId, Position p, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    AgendaItem item = inSessionItem(meetingId, topicId, actor);
    if (p == null || p.kind == null) {
      throw new ValidationException(
          "kind", "OPINION or NO_OBJECTION; silence is not a position", Clause.D2);
    }
    String who = ValidationException.requireText("personId", p.personId);
    if (p.kind == Position.Kind.OPINION && (p.opinion == null || p.opinion.isBlank())) {
      throw new ValidationException("opinion", "an opinion is stated, briefly", Clause.D2);
    }
    if (!present(meetingId).contains(who)) {
      throw new ValidationException("personId", who + " is not present", Clause.D2);
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.lockedItem(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException("the item is decided", Clause.I2);
          }
          if (ItemRepository.positions(em, meetingId, topicId).stream()
              .anyMatch(x -> x.personId.equals(who))) {
            throw new ConflictException(who + " has stated a position on this item", Clause.D2);
          }
          PositionRecord pr = new PositionRecord();
          pr.meetingId = meetingId;
          pr.topicId = topicId;
          pr.personId = who;
          pr.kind = p.kind;
          pr.opinion = p.opinion;
          pr.recordedBy = actor.personId();
          pr.recordedAt = Timestamp.from(now);
          em.persist(pr);
        });
    return deliberation(meetingId, topicId);
  }

  // rule: D3 — the convener decides and sets requirements; C1 — only with quorum
  @Override
  public Deliberation decide(long meetingId, long topicId, Decision d, Actor actor) {
    String entrustedBy = chair(meetingId, actor);
    AgendaItem item = inSessionItem(meetingId, topicId, actor);
    if (d == null || d.outcome == null) {
      throw new ValidationException("outcome", "the decision's outcome", Clause.D3);
    }
    if (d.outcome == Decision.Outcome.APPROVED_WITH_REVISIONS
        && (d.revisions == null || d.revisions.isBlank())) {
      throw new ValidationException("revisions", "say what to revise and who", Clause.D3);
    }
    List<Requirement> reqs = d.requirements == null ? List.of() : d.requirements;
    for (int i = 0; i < reqs.size(); i++) {
      Requirement q = reqs.get(i);
      ValidationException.requireText("requirements[" + i + "].what", q.what);
      if (q.unitIds == null || q.unitIds.isEmpty()) {
        throw new ValidationException(
            "requirements[" + i + "].unitIds", "name the owning unit", Clause.D3);
      }
      for (String u : q.unitIds) {
        if (directory.unit(u).isEmpty()) {
          throw new ValidationException(
              "requirements[" + i + "].unitIds", "no unit " + u, Clause.D3);
        }
      }
      if (q.due == null) {
        throw new ValidationException("requirements[" + i + "].due", "by when", Clause.D3);
      }
    }
    if (!attendance.quorate(meetingId)) {
      throw new RuleViolationException(Clause.C1, "the meeting is below quorum and cannot decide");
    }
    Set<String> silent = new LinkedHashSet<>(present(meetingId));
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.lockedItem(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException("the item is already decided", Clause.I2);
          }
          ItemRepository.positions(em, meetingId, topicId).forEach(p -> silent.remove(p.personId));
          if (!silent.isEmpty()) {
            throw new RuleViolationException(
                Clause.D2, "still to state a position: " + String.join(", ", silent));
          }
          r.outcome = d.outcome;
          r.revisions = d.revisions;
          r.requirements = ItemRepository.writeRequirements(reqs);
          r.decidedBy = actor.personId();
          r.entrustedBy = entrustedBy;
          r.decidedAt = Timestamp.from(now);
          // In the decision's transaction: intake records it in the act, supervision's tasks
          // follow after the commit (I1).
          announce.accept(decided(meetingId, topicId, d.outcome, actor.personId()));
        });
    return deliberation(meetingId, topicId);
  }

  /** The {@link Events#DECIDED} event, its topic under {@code event.topics}. */
  static Map<String, Object> decided(
      long meetingId, long topicId, Decision.Outcome outcome, String actorId) {
    Map<String, Object> e = new HashMap<>();
    e.put("event.topics", Events.DECIDED);
    e.put(Events.MEETING_ID, meetingId);
    e.put(Events.TOPIC_ID, topicId);
    e.put(Events.STATE, outcome.name());
    e.put(Events.ACTOR_ID, actorId);
    return e;
  }

  @Override
  public void entrustChair(long meetingId, String personId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("only the mayor entrusts the chair", Clause.D3);
    }
    Person p =
        directory
            .person(ValidationException.requireText("personId", personId))
            .orElseThrow(() -> new ValidationException("personId", "no such person", Clause.D3));
    if (!p.member) {
      throw new ValidationException("personId", "the chair is entrusted to a member", Clause.C1);
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ChairRecord c = em.find(ChairRecord.class, meetingId);
          if (c == null) {
            c = new ChairRecord();
            c.meetingId = meetingId;
            em.persist(c);
          }
          c.personId = p.id;
          c.entrustedBy = actor.personId();
          c.entrustedAt = Timestamp.from(now);
        });
  }

  /** Returns who entrusted the actor with the chair, or {@code null} for the mayor himself. */
  private String chair(long meetingId, Actor actor) {
    if (actor.has(Role.MAYOR)) {
      return null;
    }
    ChairRecord c =
        jpa.txExpr(TransactionType.Required, em -> em.find(ChairRecord.class, meetingId));
    if (c == null || !c.personId.equals(actor.personId())) {
      throw new AccessDeniedException(
          "the mayor, or the member the mayor entrusted, decides", Clause.D3);
    }
    return c.entrustedBy;
  }

  @Override
  public Deliberation deliberation(long meetingId, long topicId) {
    Set<String> present = present(meetingId);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.find(em, meetingId, topicId);
          if (r == null) {
            throw new NotFoundException("deliberation", meetingId + "/" + topicId);
          }
          Deliberation d = ItemRepository.toDeliberation(em, r, present);
          d.revisedBy = topics.revisionsOf(meetingId, topicId);
          return d;
        });
  }

  @Override
  public List<Deliberation> deliberations(long meetingId) {
    Set<String> present = present(meetingId);
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            ItemRepository.items(em, meetingId).stream()
                .map(r -> ItemRepository.toDeliberation(em, r, present))
                .collect(Collectors.toList()));
  }

  // rule: K3 — what leaders said, and undecided or confidential matters, stay in the room
  @Override
  public Deliberation deliberation(long meetingId, long topicId, Actor actor) {
    readers.requireRecordReader(meetingId, actor);
    return deliberation(meetingId, topicId);
  }

  @Override
  public List<Deliberation> deliberations(long meetingId, Actor actor) {
    readers.requireRecordReader(meetingId, actor);
    return deliberations(meetingId);
  }

  private AgendaItem inSessionItem(long meetingId, long topicId, Actor actor) {
    Meeting m =
        meetings
            .get(meetingId)
            .orElseThrow(() -> new NotFoundException("meeting", String.valueOf(meetingId)));
    if (m.status != Meeting.Status.IN_SESSION) {
      throw new ConflictException("meeting " + m.number + " is " + m.status);
    }
    return planner.agenda(meetingId, actor).items.stream()
        .filter(i -> i.topicId != null && i.topicId == topicId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("agenda item", meetingId + "/" + topicId));
  }

  private Set<String> present(long meetingId) {
    return attendance.attendance(meetingId).roster.stream()
        .filter(e -> e.state == RosterEntry.State.SIGNED_IN)
        .map(e -> e.personId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}

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
import org.govmeeting.api.i18n.Chinese;
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
      throw new ValidationException(
          "endedAt", Clause.D1, "请填写汇报的开始和结束时间", "give when the report started and ended");
    }
    String reporter = report.reporterId == null ? item.reporterId : report.reporterId;
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.lockedItem(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException(
                Clause.I2, "该事项已作出决定，会议记录不再改动", "the item is decided; its record never changes");
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
          "kind",
          Clause.D2,
          "请选择表态方式：发表意见（OPINION）或明确无异议（NO_OBJECTION），不表态不视为表态",
          "OPINION or NO_OBJECTION; silence is not a position");
    }
    String who = ValidationException.requireText("personId", p.personId, "表态人");
    if (p.kind == Position.Kind.OPINION && (p.opinion == null || p.opinion.isBlank())) {
      throw new ValidationException(
          "opinion", Clause.D2, "请简要填写所发表的意见", "an opinion is stated, briefly");
    }
    if (!present(meetingId).contains(who)) {
      throw new ValidationException(
          "personId", Clause.D2, who + "不在会场，不能表态", who + " is not present");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.lockedItem(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException(Clause.I2, "该事项已作出决定", "the item is decided");
          }
          if (ItemRepository.positions(em, meetingId, topicId).stream()
              .anyMatch(x -> x.personId.equals(who))) {
            throw new ConflictException(
                Clause.D2, who + "已就该事项表态", who + " has stated a position on this item");
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
      throw new ValidationException("outcome", Clause.D3, "请填写决定结果", "the decision's outcome");
    }
    if (d.outcome == Decision.Outcome.APPROVED_WITH_REVISIONS
        && (d.revisions == null || d.revisions.isBlank())) {
      throw new ValidationException(
          "revisions", Clause.D3, "请写明修改意见及由谁修改", "say what to revise and who");
    }
    List<Requirement> reqs = d.requirements == null ? List.of() : d.requirements;
    for (int i = 0; i < reqs.size(); i++) {
      Requirement q = reqs.get(i);
      ValidationException.requireText(
          "requirements[" + i + "].what", q.what, "第" + (i + 1) + "项工作要求的内容");
      if (q.unitIds == null || q.unitIds.isEmpty()) {
        throw new ValidationException(
            "requirements[" + i + "].unitIds",
            Clause.D3,
            "请为第" + (i + 1) + "项工作要求明确责任单位",
            "name the owning unit");
      }
      for (String u : q.unitIds) {
        if (directory.unit(u).isEmpty()) {
          throw new ValidationException(
              "requirements[" + i + "].unitIds", Clause.D3, "单位“" + u + "”不存在", "no unit " + u);
        }
      }
      if (q.due == null) {
        throw new ValidationException(
            "requirements[" + i + "].due", Clause.D3, "请为第" + (i + 1) + "项工作要求明确完成时限", "by when");
      }
    }
    if (!attendance.quorate(meetingId)) {
      throw new RuleViolationException(
          Clause.C1, "到会的会议组成人员不足法定人数，不能作出决定", "the meeting is below quorum and cannot decide");
    }
    Set<String> silent = new LinkedHashSet<>(present(meetingId));
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = ItemRepository.lockedItem(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException(Clause.I2, "该事项已经作出决定", "the item is already decided");
          }
          ItemRepository.positions(em, meetingId, topicId).forEach(p -> silent.remove(p.personId));
          if (!silent.isEmpty()) {
            throw new RuleViolationException(
                Clause.D2,
                "以下人员尚未表态：" + String.join("、", silent),
                "still to state a position: " + String.join(", ", silent));
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
      throw new AccessDeniedException(
          Clause.D3, "只有区长可以委托他人主持会议", "only the mayor entrusts the chair");
    }
    Person p =
        directory
            .person(ValidationException.requireText("personId", personId, "受委托主持人"))
            .orElseThrow(
                () ->
                    new ValidationException(
                        "personId", Clause.D3, "人员“" + personId + "”不在本区名册中", "no such person"));
    if (!p.member) {
      throw new ValidationException(
          "personId", Clause.C1, "只能委托会议组成人员主持会议", "the chair is entrusted to a member");
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
          Clause.D3,
          "会议决定由区长或受区长委托的会议组成人员作出",
          "the mayor, or the member the mayor entrusted, decides");
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
            throw new NotFoundException("议题审议记录", "deliberation", meetingId + "/" + topicId);
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
            .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(meetingId)));
    if (m.status != Meeting.Status.IN_SESSION) {
      throw new ConflictException(
          "第" + m.number + "次会议当前状态为“" + Chinese.of(m.status) + "”，不在会议进行中",
          "meeting " + m.number + " is " + m.status);
    }
    return planner.agenda(meetingId, actor).items.stream()
        .filter(i -> i.topicId != null && i.topicId == topicId)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("会议议程中的议题", "agenda item", meetingId + "/" + topicId));
  }

  private Set<String> present(long meetingId) {
    return attendance.attendance(meetingId).roster.stream()
        .filter(e -> e.state == RosterEntry.State.SIGNED_IN)
        .map(e -> e.personId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}

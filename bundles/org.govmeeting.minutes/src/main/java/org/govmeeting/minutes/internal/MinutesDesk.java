package org.govmeeting.minutes.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.LeaveRequest;
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
import org.govmeeting.api.minutes.Archive;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesService;
import org.govmeeting.api.minutes.MinutesStep;
import org.govmeeting.api.minutes.MinutesVersion;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;

/**
 * The record of the meeting and its minutes, free of OSGi. Decisions and signed minutes are never
 * rewritten; each signed text is hashed together with the previous signed minutes' hash, so a
 * change to any of them shows in {@link #verifyChain()}.
 */
class MinutesDesk implements DeliberationService, MinutesService {
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");
  private static final Set<Role> KEEPERS =
      EnumSet.of(Role.MAYOR, Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

  /** Lines between these markers hold what only the meeting's participants may read (K3). */
  static final String RESTRICTED_START = "〔限参会人员〕";

  static final String RESTRICTED_END = "〔/限参会人员〕";

  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final MeetingPlanner planner;
  private final AttendanceService attendance;
  private final Directory directory;
  private final TopicService topics;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  MinutesDesk(
      JpaTemplate jpa,
      MeetingService meetings,
      MeetingPlanner planner,
      AttendanceService attendance,
      Directory directory,
      TopicService topics,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.planner = planner;
    this.attendance = attendance;
    this.directory = directory;
    this.topics = topics;
    this.announce = announce;
    this.clock = clock;
  }

  // ---- in the meeting -------------------------------------------------------------------

  // rule: D1 — the report, within its time limit
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
    jpa.tx(
        TransactionType.Required,
        em -> {
          ItemRecord r = item(em, meetingId, topicId, item);
          r.reporterId = reporter;
          r.reportStartedAt = Timestamp.from(report.startedAt);
          r.reportEndedAt = Timestamp.from(report.endedAt);
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
          ItemRecord r = item(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException("the item is decided", Clause.I2);
          }
          if (!positions(em, meetingId, topicId).stream().noneMatch(x -> x.personId.equals(who))) {
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
          ItemRecord r = item(em, meetingId, topicId, item);
          if (r.outcome != null) {
            throw new ConflictException("the item is already decided", Clause.I2);
          }
          positions(em, meetingId, topicId).forEach(p -> silent.remove(p.personId));
          if (!silent.isEmpty()) {
            throw new RuleViolationException(
                Clause.D2, "still to state a position: " + String.join(", ", silent));
          }
          r.outcome = d.outcome;
          r.revisions = d.revisions;
          r.requirements = writeRequirements(reqs);
          r.decidedBy = actor.personId();
          r.entrustedBy = entrustedBy;
          r.decidedAt = Timestamp.from(now);
        });
    Map<String, Object> e = new HashMap<>();
    e.put("event.topics", Events.DECIDED);
    e.put(Events.MEETING_ID, meetingId);
    e.put(Events.TOPIC_ID, topicId);
    e.put(Events.STATE, d.outcome.name());
    e.put(Events.ACTOR_ID, actor.personId());
    announce.accept(e);
    return deliberation(meetingId, topicId);
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
          ItemRecord r = find(em, meetingId, topicId);
          if (r == null) {
            throw new NotFoundException("deliberation", meetingId + "/" + topicId);
          }
          Deliberation d = toDeliberation(r, positions(em, meetingId, topicId), present);
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
            em
                .createQuery(
                    "select i from ItemRecord i where i.meetingId = :m order by i.id",
                    ItemRecord.class)
                .setParameter("m", meetingId)
                .getResultList()
                .stream()
                .map(r -> toDeliberation(r, positions(em, meetingId, r.topicId), present))
                .collect(Collectors.toList()));
  }

  private AgendaItem inSessionItem(long meetingId, long topicId, Actor actor) {
    Meeting m = meeting(meetingId);
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

  // ---- minutes --------------------------------------------------------------------------

  // rule: M3 — the standing secretariat drafts the minutes
  @Override
  public Minutes draft(long meetingId, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    Meeting m = meeting(meetingId);
    if (m.status != Meeting.Status.CLOSED) {
      throw new ConflictException("minutes are drafted after the meeting closes", Clause.M3);
    }
    Attendance a = attendance.attendance(meetingId);
    List<LeaveRequest> leave = attendance.requests(meetingId, actor);
    List<Deliberation> items = deliberations(meetingId);
    Set<Long> confidential =
        planner.agenda(meetingId, actor).items.stream()
            .filter(i -> i.confidential && i.topicId != null)
            .map(i -> i.topicId)
            .collect(Collectors.toSet());
    String text = compose(m, a, leave, items, confidential);
    Set<String> participants = new LinkedHashSet<>();
    a.roster.stream()
        .filter(e -> e.state == RosterEntry.State.SIGNED_IN || e.state == RosterEntry.State.LEFT)
        .forEach(e -> participants.add(e.personId));
    Instant now = clock.instant();
    long id =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              if (!em.createQuery(
                      "select x.id from MinutesRecord x where x.meetingId = :m", Long.class)
                  .setParameter("m", meetingId)
                  .getResultList()
                  .isEmpty()) {
                throw new ConflictException("meeting " + m.number + " has its minutes", Clause.M3);
              }
              MinutesRecord r = new MinutesRecord();
              r.meetingId = meetingId;
              r.documentNumber =
                  "前政纪〔" + m.scheduledAt.atZone(DISTRICT_ZONE).getYear() + "〕" + m.number + "号";
              r.state = Minutes.State.DRAFT;
              r.text = text;
              r.participants = String.join(",", participants);
              em.persist(r);
              em.flush();
              version(em, r, actor, now);
              return r.id;
            });
    return read(id, actor);
  }

  private String compose(
      Meeting m,
      Attendance a,
      List<LeaveRequest> leave,
      List<Deliberation> items,
      Set<Long> confidential) {
    StringBuilder t = new StringBuilder();
    t.append("第").append(m.number).append("次区政府常务会议纪要\n");
    t.append("时间：").append(m.scheduledAt.atZone(DISTRICT_ZONE).toLocalDate()).append("\n");
    t.append("地点：").append(m.venue == null ? "" : m.venue).append("\n");
    t.append("主持：").append(name(m.convenedBy)).append("\n");
    t.append("出席：")
        .append(
            a.roster.stream()
                .filter(
                    e ->
                        e.kind == RosterEntry.Kind.MEMBER
                            && e.state != RosterEntry.State.ON_LEAVE
                            && e.state != RosterEntry.State.EXPECTED)
                .map(e -> name(e.personId))
                .collect(Collectors.joining("、")))
        .append("\n");
    t.append("列席：")
        .append(
            a.roster.stream()
                .filter(
                    e ->
                        e.kind != RosterEntry.Kind.MEMBER
                            && e.state != RosterEntry.State.ON_LEAVE
                            && e.state != RosterEntry.State.EXPECTED)
                .map(e -> name(e.personId))
                .collect(Collectors.joining("、")))
        .append("\n");
    t.append("请假：")
        .append(
            leave.stream()
                .filter(
                    l ->
                        l.kind == LeaveRequest.Kind.ABSENCE
                            && l.state == LeaveRequest.State.APPROVED)
                .map(l -> name(l.personId) + "（" + l.reason + "）")
                .collect(Collectors.joining("、")))
        .append("\n\n");
    org.govmeeting.api.meeting.LawStudy law = planner.lawStudy(m.id);
    if (law != null) {
      // rule: T1 — the law study is recorded: subject, who led, who attended
      t.append("会前集体学法：")
          .append(law.subject)
          .append("，由")
          .append(name(law.leaderId))
          .append("领学。参加：")
          .append(
              a.roster.stream()
                  .filter(e -> e.signedInAt != null)
                  .map(e -> name(e.personId))
                  .collect(Collectors.joining("、")))
          .append("\n\n");
    }
    t.append("会议研究了以下事项：\n");
    int n = 1;
    for (Deliberation d : items) {
      boolean restricted =
          d.decision == null
              || d.decision.outcome == Decision.Outcome.DEFERRED
              || confidential.contains(d.topicId);
      if (restricted) {
        t.append(RESTRICTED_START).append("\n");
      }
      t.append(n++).append("、").append(d.title).append("\n");
      t.append("汇报：").append(name(d.reporterId)).append("\n");
      t.append("决定：")
          .append(d.decision == null ? "未作决定" : outcome(d.decision.outcome))
          .append("\n");
      if (d.decision != null && d.decision.revisions != null) {
        t.append("修改意见：").append(d.decision.revisions).append("\n");
      }
      if (d.decision != null) {
        for (Requirement q : d.decision.requirements) {
          t.append("要求：")
              .append(q.what)
              .append("（责任单位：")
              .append(q.unitIds.stream().map(this::unitName).collect(Collectors.joining("、")))
              .append("；完成时限：")
              .append(q.due)
              .append("）\n");
        }
      }
      if (restricted) {
        t.append(RESTRICTED_END).append("\n");
      }
      t.append("\n");
    }
    return t.toString();
  }

  private static String outcome(Decision.Outcome o) {
    return switch (o) {
      case APPROVED -> "原则通过";
      case APPROVED_WITH_REVISIONS -> "原则通过，按会议意见修改完善后按程序报批";
      case NOT_APPROVED -> "不予通过";
      case DEFERRED -> "暂缓研究";
    };
  }

  private String name(String personId) {
    return personId == null ? "" : directory.person(personId).map(p -> p.name).orElse(personId);
  }

  private String unitName(String unitId) {
    return directory.unit(unitId).map(u -> u.name).orElse(unitId);
  }

  @Override
  public Minutes edit(long minutesId, String text, Long expectedRevision, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    String body = ValidationException.requireText("text", text);
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.DRAFT) {
            throw new ConflictException(
                "the minutes are " + r.state + "; only a draft is edited", Clause.M3);
          }
          if (expectedRevision != null && expectedRevision != r.revision) {
            throw new ConflictException(
                "the draft changed since revision "
                    + expectedRevision
                    + " (now "
                    + r.revision
                    + "); read it again before editing");
          }
          r.text = body;
          version(em, r, actor, now);
        });
    return read(minutesId, actor);
  }

  @Override
  public Minutes askOpinions(long minutesId, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    MinutesRecord snapshot = jpa.txExpr(TransactionType.Required, em -> minutes(em, minutesId));
    List<Long> topicIds =
        deliberations(snapshot.meetingId).stream().map(d -> d.topicId).collect(Collectors.toList());
    Set<String> units =
        topics.summaries(topicIds).stream()
            .map(t -> t.leadUnitId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.DRAFT) {
            throw new ConflictException("the minutes are " + r.state, Clause.M3);
          }
          r.awaiting = String.join(",", units);
          r.reportingUnits = String.join(",", units);
          r.legalOk = false;
          r.state = units.isEmpty() ? Minutes.State.LEGAL_REVIEW : Minutes.State.IN_OPINION;
        });
    return read(minutesId, actor);
  }

  // rule: M3 — the reporting departments give their opinions
  @Override
  public Minutes giveOpinion(long minutesId, boolean agree, String comments, Actor actor) {
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("not in the directory"));
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          List<String> awaiting = split(r.awaiting);
          if (r.state != Minutes.State.IN_OPINION || !awaiting.contains(me.unitId)) {
            throw new AccessDeniedException(
                "the minutes await no opinion from " + me.unitId, Clause.M3);
          }
          if (!agree && (comments == null || comments.isBlank())) {
            throw new ValidationException("comments", "say what should change", Clause.M3);
          }
          awaiting.remove(me.unitId);
          r.awaiting = String.join(",", awaiting);
          step(em, r, "OPINION", actor, me.unitId, agree, comments, now);
          if (awaiting.isEmpty()) {
            r.state = Minutes.State.LEGAL_REVIEW;
          }
        });
    return read(minutesId, actor);
  }

  // rule: M3 — the legal department checks legality; a return goes back to the secretariat
  @Override
  public Minutes legalReview(long minutesId, boolean approve, String reasons, Actor actor) {
    actor.actingAs(Role.JUSTICE_HEAD);
    if (!approve) {
      ValidationException.requireText("reasons", reasons);
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.LEGAL_REVIEW || r.legalOk) {
            throw new ConflictException(
                "the minutes are not waiting for the legality review", Clause.M3);
          }
          step(em, r, approve ? "LEGAL_OK" : "LEGAL_RETURNED", actor, null, approve, reasons, now);
          if (approve) {
            r.legalOk = true;
          } else {
            r.state = Minutes.State.DRAFT;
          }
        });
    return read(minutesId, actor);
  }

  // rule: M3 — the mayor signs; signed minutes never change
  @Override
  public Minutes sign(long minutesId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the mayor signs the minutes", Clause.M3);
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.LEGAL_REVIEW || !r.legalOk) {
            throw new ConflictException(
                "the minutes are signed after the opinions and the legality review", Clause.M3);
          }
          MinutesRecord last =
              em
                  .createQuery(
                      "select x from MinutesRecord x where x.signSequence is not null"
                          + " order by x.signSequence desc",
                      MinutesRecord.class)
                  .setMaxResults(1)
                  .getResultList()
                  .stream()
                  .findFirst()
                  .orElse(null);
          r.signedBy = actor.personId();
          r.signedAt = Timestamp.from(now);
          r.signSequence = last == null ? 1L : last.signSequence + 1;
          r.previousHash = last == null ? "" : last.hash;
          r.hash = hash(r);
          r.state = Minutes.State.SIGNED;
          step(em, r, "SIGNED", actor, null, true, null, now);
        });
    return read(minutesId, actor);
  }

  // rule: K3 — issued within the prescribed scope
  @Override
  public Minutes issue(long minutesId, List<String> unitIds, List<String> personIds, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the mayor issues the minutes", Clause.M3);
    }
    List<String> units = unitIds == null ? List.of() : unitIds;
    List<String> persons = personIds == null ? List.of() : personIds;
    for (String u : units) {
      if (directory.unit(u).isEmpty()) {
        throw new ValidationException("unitIds", "no unit " + u, Clause.K3);
      }
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.SIGNED) {
            throw new ConflictException("only signed minutes are issued", Clause.M3);
          }
          r.scopeUnits = String.join(",", units);
          r.scopePersons = String.join(",", persons);
          r.state = Minutes.State.ISSUED;
          step(em, r, "ISSUED", actor, null, true, "scope: " + units + " " + persons, now);
        });
    return read(minutesId, actor);
  }

  // rule: K3 — only the scope reads; undecided items stay with the participants
  @Override
  public Minutes read(long minutesId, Actor actor) {
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("not in the directory"));
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          boolean keeper = actor.hasAny(KEEPERS);
          boolean participant = split(r.participants).contains(me.id);
          boolean reviewer =
              r.state != Minutes.State.ISSUED
                  && (actor.has(Role.JUSTICE_HEAD) || split(r.reportingUnits).contains(me.unitId));
          boolean inScope =
              r.state == Minutes.State.ISSUED
                  && (split(r.scopeUnits).contains(me.unitId)
                      || split(r.scopePersons).contains(me.id));
          if (!keeper && !participant && !reviewer && !inScope) {
            throw new AccessDeniedException("these minutes are not distributed to you", Clause.K3);
          }
          Minutes out = toMinutes(em, r);
          if (!keeper && !participant) {
            out.text = withoutRestricted(out.text);
            out.versions = List.of();
          } else if (r.text.contains(RESTRICTED_START) && !keeper) {
            step(em, r, "RESTRICTED_READ", actor, me.unitId, true, null, now);
          }
          return out;
        });
  }

  @Override
  public byte[] pdf(long minutesId, Actor actor) {
    return MinutesPdf.render(read(minutesId, actor));
  }

  @Override
  public boolean verifyChain() {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          String previous = "";
          for (MinutesRecord r :
              em.createQuery(
                      "select x from MinutesRecord x where x.signSequence is not null"
                          + " order by x.signSequence",
                      MinutesRecord.class)
                  .getResultList()) {
            if (!previous.equals(r.previousHash) || !hash(r).equals(r.hash)) {
              return false;
            }
            previous = r.hash;
            String last = r.hash;
            for (ErratumRecord e : signedErrata(em, r.id)) {
              if (!last.equals(e.previousHash) || !hash(e).equals(e.hash)) {
                return false;
              }
              last = e.hash;
            }
          }
          return true;
        });
  }

  // rule: M3 — a correction after signature is a new, separately signed erratum
  @Override
  public Minutes draftErratum(long minutesId, String text, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    String body = ValidationException.requireText("text", text);
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.SIGNED && r.state != Minutes.State.ISSUED) {
            throw new ConflictException(
                "a draft is edited, not corrected by an erratum", Clause.M3);
          }
          ErratumRecord e = new ErratumRecord();
          e.minutesId = minutesId;
          e.text = body;
          e.draftedBy = actor.personId();
          e.draftedAt = Timestamp.from(now);
          em.persist(e);
        });
    return read(minutesId, actor);
  }

  @Override
  public Minutes signErratum(long minutesId, long erratumId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("the mayor signs an erratum", Clause.M3);
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          ErratumRecord e = em.find(ErratumRecord.class, erratumId);
          if (e == null || e.minutesId != minutesId) {
            throw new NotFoundException("erratum", minutesId + "/" + erratumId);
          }
          if (e.signedBy != null) {
            throw new ConflictException("the erratum is signed and never changes", Clause.M3);
          }
          List<ErratumRecord> before = signedErrata(em, minutesId);
          e.previousHash = before.isEmpty() ? r.hash : before.get(before.size() - 1).hash;
          e.signedBy = actor.personId();
          e.signedAt = Timestamp.from(now);
          e.hash = hash(e);
          step(em, r, "ERRATUM_SIGNED", actor, null, true, "erratum " + e.id, now);
        });
    return read(minutesId, actor);
  }

  // rule: M3 — materials, records, recordings and minutes archived together
  @Override
  public Archive archive(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    MinutesRecord r =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em
                    .createQuery(
                        "select x from MinutesRecord x where x.meetingId = :m", MinutesRecord.class)
                    .setParameter("m", meetingId)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .orElseThrow(
                        () -> new NotFoundException("minutes of meeting", "" + meetingId)));
    if (r.state != Minutes.State.ISSUED) {
      throw new ConflictException("a meeting is archived once its minutes are issued", Clause.M3);
    }
    byte[] zip = ArchiveWriter.write(this, read(r.id, actor), meetingId, actor);
    Instant now = clock.instant();
    String sha;
    try {
      sha = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String digest = sha;
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          ArchiveRecord a = em.find(ArchiveRecord.class, meetingId);
          if (a == null) {
            a = new ArchiveRecord();
            a.meetingId = meetingId;
            em.persist(a);
          }
          a.createdBy = actor.personId();
          a.createdAt = Timestamp.from(now);
          a.size = zip.length;
          a.sha256 = digest;
          a.content = zip;
          return toArchive(a);
        });
  }

  @Override
  public List<Archive> archives(Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    // Only the description: the zips themselves stay in the database until downloaded.
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select a.meetingId, a.createdBy, a.createdAt, a.size, a.sha256"
                        + " from ArchiveRecord a order by a.meetingId",
                    Object[].class)
                .getResultList()
                .stream()
                .map(
                    r -> {
                      Archive out = new Archive();
                      out.meetingId = (Long) r[0];
                      out.createdBy = (String) r[1];
                      out.createdAt = ((Timestamp) r[2]).toInstant();
                      out.size = (Long) r[3];
                      out.sha256 = (String) r[4];
                      return out;
                    })
                .collect(Collectors.toList()));
  }

  @Override
  public byte[] archiveContent(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          ArchiveRecord a = em.find(ArchiveRecord.class, meetingId);
          if (a == null) {
            throw new NotFoundException("archive of meeting", String.valueOf(meetingId));
          }
          return a.content;
        });
  }

  MeetingPlanner planner() {
    return planner;
  }

  AttendanceService attendanceService() {
    return attendance;
  }

  private static Minutes.Erratum toErratum(ErratumRecord e) {
    Minutes.Erratum out = new Minutes.Erratum();
    out.id = e.id;
    out.text = e.text;
    out.draftedBy = e.draftedBy;
    out.draftedAt = e.draftedAt.toInstant();
    out.signedBy = e.signedBy;
    out.signedAt = e.signedAt == null ? null : e.signedAt.toInstant();
    out.hash = e.hash;
    out.previousHash = e.previousHash;
    return out;
  }

  private static Archive toArchive(ArchiveRecord a) {
    Archive out = new Archive();
    out.meetingId = a.meetingId;
    out.createdBy = a.createdBy;
    out.createdAt = a.createdAt.toInstant();
    out.size = a.size;
    out.sha256 = a.sha256;
    return out;
  }

  private static List<ErratumRecord> signedErrata(EntityManager em, long minutesId) {
    return em.createQuery(
            "select e from ErratumRecord e where e.minutesId = :m and e.signedAt is not null"
                + " order by e.signedAt, e.id",
            ErratumRecord.class)
        .setParameter("m", minutesId)
        .getResultList();
  }

  static String hash(ErratumRecord e) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          List.of(
              e.previousHash == null ? "" : e.previousHash,
              "erratum",
              e.text,
              e.signedBy,
              String.valueOf(e.signedAt.toInstant().toEpochMilli()))) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static String withoutRestricted(String text) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : text.split("\n", -1)) {
      if (line.equals(RESTRICTED_START)) {
        skipping = true;
      } else if (line.equals(RESTRICTED_END)) {
        skipping = false;
      } else if (!skipping) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  static String hash(MinutesRecord r) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          List.of(
              r.previousHash == null ? "" : r.previousHash,
              r.documentNumber,
              r.text,
              r.signedBy,
              String.valueOf(r.signedAt.toInstant().toEpochMilli()))) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- helpers --------------------------------------------------------------------------

  private Meeting meeting(long id) {
    return meetings.get(id).orElseThrow(() -> new NotFoundException("meeting", String.valueOf(id)));
  }

  private static ItemRecord find(EntityManager em, long meetingId, long topicId) {
    return em
        .createQuery(
            "select i from ItemRecord i where i.meetingId = :m and i.topicId = :t",
            ItemRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static ItemRecord item(EntityManager em, long meetingId, long topicId, AgendaItem a) {
    ItemRecord r = find(em, meetingId, topicId);
    if (r == null) {
      r = new ItemRecord();
      r.meetingId = meetingId;
      r.topicId = topicId;
      r.title = a.title;
      r.reporterId = a.reporterId;
      r.timeLimitMinutes = a.timeLimitMinutes;
      em.persist(r);
    }
    return r;
  }

  private static List<PositionRecord> positions(EntityManager em, long meetingId, long topicId) {
    return em.createQuery(
            "select p from PositionRecord p where p.meetingId = :m and p.topicId = :t order by p.id",
            PositionRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .getResultList();
  }

  private static MinutesRecord minutes(EntityManager em, long id) {
    MinutesRecord r = em.find(MinutesRecord.class, id);
    if (r == null) {
      throw new NotFoundException("minutes", String.valueOf(id));
    }
    return r;
  }

  private static void version(EntityManager em, MinutesRecord r, Actor actor, Instant now) {
    Long count =
        em.createQuery(
                "select count(v) from MinutesVersionRecord v where v.minutesId = :m", Long.class)
            .setParameter("m", r.id)
            .getSingleResult();
    MinutesVersionRecord v = new MinutesVersionRecord();
    v.minutesId = r.id;
    v.version = count.intValue() + 1;
    v.text = r.text;
    v.editedBy = actor.personId();
    v.editedAt = Timestamp.from(now);
    em.persist(v);
  }

  private static void step(
      EntityManager em,
      MinutesRecord r,
      String kind,
      Actor actor,
      String unit,
      boolean agreed,
      String comments,
      Instant now) {
    MinutesStepRecord s = new MinutesStepRecord();
    s.minutesId = r.id;
    s.kind = kind;
    s.actorId = actor.personId();
    s.actorRole = actor.roles().stream().sorted().findFirst().map(Enum::name).orElse(null);
    s.unitId = unit;
    s.agreed = agreed;
    s.comments = comments;
    s.at = Timestamp.from(now);
    em.persist(s);
  }

  private static List<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Arrays.asList(csv.split(",")));
  }

  private static String writeRequirements(List<Requirement> reqs) {
    StringBuilder out = new StringBuilder();
    for (Requirement q : reqs) {
      out.append(q.what.replace('\n', ' ').replace('|', '/'))
          .append('|')
          .append(String.join(",", q.unitIds))
          .append('|')
          .append(q.due)
          .append('\n');
    }
    return out.toString();
  }

  private static List<Requirement> readRequirements(String text) {
    List<Requirement> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      Requirement q = new Requirement();
      q.what = f[0];
      q.unitIds = Arrays.asList(f[1].split(","));
      q.due = LocalDate.parse(f[2]);
      out.add(q);
    }
    return out;
  }

  private static Deliberation toDeliberation(
      ItemRecord r, List<PositionRecord> positions, Set<String> present) {
    Deliberation d = new Deliberation();
    d.meetingId = r.meetingId;
    d.topicId = r.topicId;
    d.title = r.title;
    d.reporterId = r.reporterId;
    d.reportStartedAt = r.reportStartedAt == null ? null : r.reportStartedAt.toInstant();
    d.reportEndedAt = r.reportEndedAt == null ? null : r.reportEndedAt.toInstant();
    d.timeLimitMinutes = r.timeLimitMinutes;
    d.overrun =
        d.reportStartedAt != null
            && d.reportEndedAt != null
            && Duration.between(d.reportStartedAt, d.reportEndedAt)
                    .compareTo(Duration.ofMinutes(r.timeLimitMinutes))
                > 0;
    d.positions = new ArrayList<>();
    Set<String> awaiting = new LinkedHashSet<>(present);
    for (PositionRecord p : positions) {
      Position out = new Position();
      out.personId = p.personId;
      out.kind = p.kind;
      out.opinion = p.opinion;
      out.recordedBy = p.recordedBy;
      out.recordedAt = p.recordedAt.toInstant();
      d.positions.add(out);
      awaiting.remove(p.personId);
    }
    d.awaiting = r.outcome == null ? new ArrayList<>(awaiting) : List.of();
    if (r.outcome != null) {
      Decision dec = new Decision();
      dec.outcome = r.outcome;
      dec.revisions = r.revisions;
      dec.requirements = readRequirements(r.requirements);
      dec.decidedBy = r.decidedBy;
      dec.entrustedBy = r.entrustedBy;
      dec.decidedAt = r.decidedAt.toInstant();
      d.decision = dec;
    }
    return d;
  }

  private static Minutes toMinutes(EntityManager em, MinutesRecord r) {
    Minutes m = new Minutes();
    m.id = r.id;
    m.meetingId = r.meetingId;
    m.documentNumber = r.documentNumber;
    m.state = r.state;
    m.text = r.text;
    m.revision = r.revision;
    m.awaitingOpinions = split(r.awaiting);
    m.signedBy = r.signedBy;
    m.signedAt = r.signedAt == null ? null : r.signedAt.toInstant();
    m.hash = r.hash;
    m.previousHash = r.previousHash;
    m.scopeUnitIds = split(r.scopeUnits);
    m.scopePersonIds = split(r.scopePersons);
    m.versions =
        em
            .createQuery(
                "select v from MinutesVersionRecord v where v.minutesId = :m order by v.version",
                MinutesVersionRecord.class)
            .setParameter("m", r.id)
            .getResultList()
            .stream()
            .map(
                v -> {
                  MinutesVersion out = new MinutesVersion();
                  out.version = v.version;
                  out.text = v.text;
                  out.editedBy = v.editedBy;
                  out.editedAt = v.editedAt.toInstant();
                  return out;
                })
            .collect(Collectors.toList());
    m.errata =
        em
            .createQuery(
                "select e from ErratumRecord e where e.minutesId = :m order by e.id",
                ErratumRecord.class)
            .setParameter("m", r.id)
            .getResultList()
            .stream()
            .map(MinutesDesk::toErratum)
            .collect(Collectors.toList());
    m.steps =
        em
            .createQuery(
                "select s from MinutesStepRecord s where s.minutesId = :m order by s.id",
                MinutesStepRecord.class)
            .setParameter("m", r.id)
            .getResultList()
            .stream()
            .map(
                s -> {
                  MinutesStep out = new MinutesStep();
                  out.kind = s.kind;
                  out.actorId = s.actorId;
                  out.actorRole = s.actorRole;
                  out.unitId = s.unitId;
                  out.agreed = s.agreed;
                  out.comments = s.comments;
                  out.at = s.at.toInstant();
                  return out;
                })
            .collect(Collectors.toList());
    return m;
  }
}

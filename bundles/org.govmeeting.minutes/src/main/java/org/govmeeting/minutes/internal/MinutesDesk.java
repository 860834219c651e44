package org.govmeeting.minutes.internal;

import static org.govmeeting.minutes.internal.MinutesRepository.minutes;
import static org.govmeeting.minutes.internal.MinutesRepository.split;
import static org.govmeeting.minutes.internal.MinutesRepository.step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesSummary;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;

/**
 * The minutes after the meeting, as M3 orders it: the secretariat drafts from the record, the
 * reporting departments give opinions, the legal department checks legality, the mayor signs (a
 * link of the chain) and issues to a scope; K3 decides who reads what.
 */
class MinutesDesk {
  /** The most minutes one list names: two meetings a month for twenty years. */
  private static final int LISTED = 500;

  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final AttendanceService attendance;
  private final Directory directory;
  private final TopicService topics;
  private final DeliberationService record;
  private final Readers readers;
  private final MinutesText composer;
  private final Chain chain;
  private final Clock clock;
  private final java.util.function.Supplier<String> districtName;

  MinutesDesk(
      JpaTemplate jpa,
      MeetingService meetings,
      AttendanceService attendance,
      Directory directory,
      TopicService topics,
      DeliberationService record,
      Readers readers,
      MinutesText composer,
      Chain chain,
      java.util.function.Supplier<String> districtName,
      Clock clock) {
    this.districtName = districtName;
    this.jpa = jpa;
    this.meetings = meetings;
    this.attendance = attendance;
    this.directory = directory;
    this.topics = topics;
    this.record = record;
    this.readers = readers;
    this.composer = composer;
    this.chain = chain;
    this.clock = clock;
  }

  // rule: M3 — the standing secretariat drafts the minutes
  Minutes draft(long meetingId, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    Meeting m =
        meetings
            .get(meetingId)
            .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(meetingId)));
    if (m.status != Meeting.Status.CLOSED) {
      throw new ConflictException(
          Clause.M3, "会议结束后方可起草会议纪要", "minutes are drafted after the meeting closes");
    }
    Attendance a = attendance.attendance(meetingId);
    String text =
        composer.compose(
            m,
            a,
            attendance.requests(meetingId, actor),
            record.deliberations(meetingId),
            readers.confidentialTopics(meetingId));
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
                throw new ConflictException(
                    Clause.M3,
                    "第" + m.number + "次会议已有会议纪要",
                    "meeting " + m.number + " has its minutes");
              }
              MinutesRecord r = new MinutesRecord();
              r.meetingId = meetingId;
              r.documentNumber =
                  DistrictStyle.documentNumber(
                      districtName.get(),
                      m.scheduledAt.atZone(composer.zone()).getYear(),
                      m.number);
              r.state = Minutes.State.DRAFT;
              r.text = text;
              r.participants = String.join(",", participants);
              em.persist(r);
              em.flush();
              MinutesRepository.version(em, r, actor, now);
              return r.id;
            });
    return read(id, actor);
  }

  Minutes edit(long minutesId, String text, Long expectedRevision, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    String body = ValidationException.requireText("text", text, "纪要正文");
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.DRAFT) {
            throw new ConflictException(
                Clause.M3,
                "会议纪要当前状态为“" + Chinese.of(r.state) + "”，只有草稿可以修改",
                "the minutes are " + r.state + "; only a draft is edited");
          }
          if (expectedRevision != null && expectedRevision != r.revision) {
            throw new org.govmeeting.api.error.StaleRevisionException(
                "纪要草稿在您读取的版本（" + expectedRevision + "）之后已被他人修改（当前版本为" + r.revision + "），请重新读取后再编辑",
                "the draft changed since revision "
                    + expectedRevision
                    + " (now "
                    + r.revision
                    + "); read it again before editing");
          }
          r.text = body;
          MinutesRepository.version(em, r, actor, now);
        });
    return read(minutesId, actor);
  }

  /** The lead units of the meeting's topics: the reporting departments (M3). */
  Set<String> reportingUnits(long meetingId) {
    List<Long> topicIds =
        record.deliberations(meetingId).stream().map(d -> d.topicId).collect(Collectors.toList());
    return topics.summaries(topicIds).stream()
        .map(t -> t.leadUnitId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  Minutes askOpinions(long minutesId, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    MinutesRecord snapshot = jpa.txExpr(TransactionType.Required, em -> minutes(em, minutesId));
    Set<String> units = reportingUnits(snapshot.meetingId);
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.DRAFT) {
            throw new ConflictException(
                Clause.M3,
                "会议纪要当前状态为“" + Chinese.of(r.state) + "”，不能再征求意见",
                "the minutes are " + r.state);
          }
          r.awaiting = String.join(",", units);
          r.reportingUnits = String.join(",", units);
          r.legalOk = false;
          r.state = MinutesRules.afterAskingOpinions(units);
        });
    return read(minutesId, actor);
  }

  // rule: M3 — the reporting departments give their opinions
  Minutes giveOpinion(long minutesId, boolean agree, String comments, Actor actor) {
    Person me = person(actor);
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          List<String> awaiting = split(r.awaiting);
          if (!MinutesRules.awaitsOpinion(
              r.state == Minutes.State.IN_OPINION, awaiting, me.unitId)) {
            throw new AccessDeniedException(
                Clause.M3,
                "会议纪要未征求“" + me.unitId + "”的意见",
                "the minutes await no opinion from " + me.unitId);
          }
          MinutesRules.requireComments(agree, comments);
          awaiting.remove(me.unitId);
          r.awaiting = String.join(",", awaiting);
          step(em, r, null, "OPINION", actor, me.unitId, agree, comments, now);
          if (awaiting.isEmpty()) {
            r.state = Minutes.State.LEGAL_REVIEW;
          }
        });
    return read(minutesId, actor);
  }

  // rule: M3 — the legal department checks legality; a return goes back to the secretariat
  Minutes legalReview(long minutesId, boolean approve, String reasons, Actor actor) {
    actor.actingAs(Role.JUSTICE_HEAD);
    if (!approve) {
      ValidationException.requireText("reasons", reasons, "退回理由");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (!MinutesRules.legalReviewOpen(r.state == Minutes.State.LEGAL_REVIEW, r.legalOk)) {
            throw new ConflictException(
                Clause.M3,
                "会议纪要当前不在合法性审核环节",
                "the minutes are not waiting for the legality review");
          }
          String kind = approve ? "LEGAL_OK" : "LEGAL_RETURNED";
          step(em, r, null, kind, actor, null, approve, reasons, now);
          if (approve) {
            r.legalOk = true;
          } else {
            r.state = Minutes.State.DRAFT;
          }
        });
    return readAfterReview(minutesId, actor);
  }

  // rule: M3 — the mayor signs; signed minutes never change and become a link of the chain
  Minutes sign(long minutesId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(Clause.M3, "会议纪要由区长签发", "the mayor signs the minutes");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (!MinutesRules.signable(r.state == Minutes.State.LEGAL_REVIEW, r.legalOk)) {
            throw new ConflictException(
                Clause.M3,
                "会议纪要须在征求意见和合法性审核完成后方可签发",
                "the minutes are signed after the opinions and the legality review");
          }
          r.signedBy = actor.personId();
          r.signedAt = Chain.signingTime(now);
          r.state = Minutes.State.SIGNED;
          em.flush();
          ChainLinkRecord link = chain.append(em, r, null, now);
          r.signSequence = link.sequence;
          r.previousHash = link.previousHash;
          r.hash = link.hash;
          step(em, r, null, "SIGNED", actor, null, true, null, now);
        });
    return read(minutesId, actor);
  }

  // rule: K3 — issued within the prescribed scope, and only to people and units that exist
  Minutes issue(long minutesId, List<String> unitIds, List<String> personIds, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(Clause.M3, "会议纪要由区长决定印发", "the mayor issues the minutes");
    }
    List<String> units = unitIds == null ? List.of() : unitIds;
    List<String> persons = personIds == null ? List.of() : personIds;
    for (String u : units) {
      if (u == null || directory.unit(u).isEmpty()) {
        throw new ValidationException("unitIds", Clause.K3, "单位“" + u + "”不存在", "no unit " + u);
      }
    }
    for (String p : persons) {
      if (p == null || directory.person(p).isEmpty()) {
        throw new ValidationException(
            "personIds", Clause.K3, "人员“" + p + "”不在本区名册中", "no person " + p);
      }
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.SIGNED) {
            throw new ConflictException(Clause.M3, "会议纪要签发后方可印发", "only signed minutes are issued");
          }
          r.scopeUnits = String.join(",", units);
          r.scopePersons = String.join(",", persons);
          r.state = Minutes.State.ISSUED;
          String scope = "scope: " + units + " " + persons;
          step(em, r, null, "ISSUED", actor, null, true, scope, now);
        });
    return read(minutesId, actor);
  }

  // rule: K3 — only the scope reads; undecided and confidential items stay with the participants
  Minutes read(long minutesId, Actor actor) {
    return view(minutesId, actor, false);
  }

  /** What a reviewer gets back from the review just given, even one that ends their reading. */
  Minutes readAfterReview(long minutesId, Actor actor) {
    return view(minutesId, actor, true);
  }

  private Minutes view(long minutesId, Actor actor, boolean justReviewed) {
    Person me = person(actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          List<ErratumRecord> errata = MinutesRepository.errata(em, r.id);
          MinutesRules.Reading reading = MinutesRules.reading(r, errata, actor, me, justReviewed);
          if (reading == MinutesRules.Reading.NONE) {
            throw new AccessDeniedException(
                Clause.K3, "您不在该会议纪要的印发范围内", "these minutes are not distributed to you");
          }
          boolean keeper = actor.hasAny(MinutesRules.KEEPERS);
          boolean full = reading == MinutesRules.Reading.FULL;
          Predicate<ErratumRecord> shown = e -> MinutesRules.showsErratum(r, e, actor, me, full);
          Minutes out = MinutesRepository.toMinutes(em, r, shown);
          if (!full) {
            out.text = MinutesText.withoutRestricted(out.text);
            out.versions = List.of();
          } else if (r.text.contains(MinutesText.RESTRICTED_START) && !keeper) {
            step(em, r, null, "RESTRICTED_READ", actor, me.unitId, true, null, now);
          }
          return out;
        });
  }

  // rule: K3 — a list names only the minutes the caller may read, and reads none of their text
  List<MinutesSummary> list(Long meetingId, Actor actor) {
    Person me = person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          javax.persistence.TypedQuery<MinutesRecord> q =
              meetingId == null
                  ? em.createQuery(
                      "select m from MinutesRecord m order by m.meetingId desc, m.id desc",
                      MinutesRecord.class)
                  : em.createQuery(
                          "select m from MinutesRecord m where m.meetingId = :m order by m.id desc",
                          MinutesRecord.class)
                      .setParameter("m", meetingId);
          List<MinutesSummary> out = new ArrayList<>();
          for (MinutesRecord r : q.setMaxResults(LISTED).getResultList()) {
            List<ErratumRecord> errata = MinutesRepository.errata(em, r.id);
            if (MinutesRules.reading(r, errata, actor, me, false) != MinutesRules.Reading.NONE) {
              MinutesSummary m = new MinutesSummary();
              m.id = r.id;
              m.meetingId = r.meetingId;
              m.documentNumber = r.documentNumber;
              m.state = r.state;
              m.signedAt = r.signedAt == null ? null : r.signedAt.toInstant();
              out.add(m);
            }
          }
          return out;
        });
  }

  private Person person(Actor actor) {
    return directory
        .person(actor.personId())
        .orElseThrow(() -> new AccessDeniedException("您不在本区名册中", "not in the directory"));
  }
}

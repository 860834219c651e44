package org.govmeeting.minutes.internal;

import static org.govmeeting.minutes.internal.MinutesRepository.minutes;
import static org.govmeeting.minutes.internal.MinutesRepository.split;
import static org.govmeeting.minutes.internal.MinutesRepository.step;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
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
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;

/**
 * The minutes after the meeting, as M3 orders it: the secretariat drafts from the record, the
 * reporting departments give opinions, the legal department checks legality, the mayor signs (a
 * link of the chain) and issues to a scope; K3 decides who reads what.
 */
class MinutesDesk {
  static final Set<Role> KEEPERS =
      EnumSet.of(Role.MAYOR, Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

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
      Clock clock) {
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
            .orElseThrow(() -> new NotFoundException("meeting", String.valueOf(meetingId)));
    if (m.status != Meeting.Status.CLOSED) {
      throw new ConflictException("minutes are drafted after the meeting closes", Clause.M3);
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
                throw new ConflictException("meeting " + m.number + " has its minutes", Clause.M3);
              }
              MinutesRecord r = new MinutesRecord();
              r.meetingId = meetingId;
              r.documentNumber =
                  "前政纪〔"
                      + m.scheduledAt.atZone(MinutesText.DISTRICT_ZONE).getYear()
                      + "〕"
                      + m.number
                      + "号";
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
            throw new org.govmeeting.api.error.StaleRevisionException(
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
  Minutes giveOpinion(long minutesId, boolean agree, String comments, Actor actor) {
    Person me = person(actor);
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
      throw new AccessDeniedException("the mayor issues the minutes", Clause.M3);
    }
    List<String> units = unitIds == null ? List.of() : unitIds;
    List<String> persons = personIds == null ? List.of() : personIds;
    for (String u : units) {
      if (u == null || directory.unit(u).isEmpty()) {
        throw new ValidationException("unitIds", "没有这个单位 (no unit " + u + ")", Clause.K3);
      }
    }
    for (String p : persons) {
      if (p == null || directory.person(p).isEmpty()) {
        throw new ValidationException("personIds", "没有这个人 (no person " + p + ")", Clause.K3);
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
          boolean keeper = actor.hasAny(KEEPERS);
          boolean participant = split(r.participants).contains(me.id);
          List<ErratumRecord> errata = MinutesRepository.errata(em, r.id);
          boolean reviewer =
              justReviewed
                  || reviewsMinutes(r, actor, me)
                  || errata.stream().anyMatch(e -> reviewsErratum(r, e, actor, me));
          boolean inScope =
              r.state == Minutes.State.ISSUED
                  && (split(r.scopeUnits).contains(me.unitId)
                      || split(r.scopePersons).contains(me.id));
          if (!keeper && !participant && !reviewer && !inScope) {
            throw new AccessDeniedException("these minutes are not distributed to you", Clause.K3);
          }
          boolean full = keeper || participant;
          Predicate<ErratumRecord> shown =
              e ->
                  e.signedAt != null
                      ? full || !e.restricted
                      : actor.hasAny(EnumSet.of(Role.SECRETARIAT, Role.MAYOR))
                          || reviewsErratum(r, e, actor, me);
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

  /**
   * A reporting department reads the draft it gives its opinion on; the legal department only once
   * the legality review is asked of it (the opinions are in), not every draft.
   */
  private static boolean reviewsMinutes(MinutesRecord r, Actor actor, Person me) {
    return (actor.has(Role.JUSTICE_HEAD) && r.state == Minutes.State.LEGAL_REVIEW)
        || (r.state != Minutes.State.ISSUED && split(r.reportingUnits).contains(me.unitId));
  }

  static boolean reviewsErratum(MinutesRecord r, ErratumRecord e, Actor actor, Person me) {
    Minutes.Erratum.State s = e.state;
    return (actor.has(Role.JUSTICE_HEAD) && s == Minutes.Erratum.State.LEGAL_REVIEW)
        || ((s == Minutes.Erratum.State.IN_OPINION || s == Minutes.Erratum.State.LEGAL_REVIEW)
            && split(r.reportingUnits).contains(me.unitId));
  }

  private Person person(Actor actor) {
    return directory
        .person(actor.personId())
        .orElseThrow(() -> new AccessDeniedException("not in the directory"));
  }
}

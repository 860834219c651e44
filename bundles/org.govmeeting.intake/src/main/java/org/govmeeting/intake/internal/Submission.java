package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violations;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicStatus;

/**
 * The lead unit submits its topic to review or withdraws it; the supervisor settles it within their
 * own authority (S8). A submission starts the review chain the district's policy builds.
 */
final class Submission {
  private static final Set<TopicStatus> WITHDRAWABLE =
      EnumSet.of(TopicStatus.DRAFT, TopicStatus.IN_REVIEW, TopicStatus.RETURNED, TopicStatus.READY);
  private static final Set<TopicStatus> SETTLEABLE =
      EnumSet.of(TopicStatus.IN_REVIEW, TopicStatus.READY);

  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final Directory directory;
  private final ReviewService review;
  private final Clock clock;

  Submission(
      JpaTemplate jpa,
      Topics topics,
      TopicAccess access,
      Directory directory,
      ReviewService review,
      Clock clock) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.directory = directory;
    this.review = review;
    this.clock = clock;
  }

  Topic submit(long id, Actor actor) {
    Person me = access.person(actor);
    TopicRecord snapshot =
        jpa.txExpr(TransactionType.Required, em -> access.editable(em, id, actor, me));
    TopicForm form = topics.form(snapshot);
    Set<MaterialFile.Kind> files = jpa.txExpr(TransactionType.Required, em -> Files.kinds(em, id));
    Set<String> units =
        directory.units(null, null).stream().map(u -> u.id).collect(Collectors.toSet());
    LocalDate today = PublicConsultations.day(clock.instant());
    // rule: F1-F9, P1-P3, S3-S6 — every problem of the form and every rule it breaks, at once
    Violations problems = FormRules.problems(form, files, units, today);
    if (!FormRules.blank(form.reporterId) && directory.person(form.reporterId).isEmpty()) {
      problems.add("reporterId", Clause.F2, "汇报人不在本区名册中", "no such person");
    }
    int version = snapshot.version + 1;
    TopicFacts facts = PolicyFacts.of(snapshot, form, overridden(id), today);
    if (!problems.isEmpty()) {
      if (form.category != null) {
        // The form fails anyway: name the policy's findings too, so one answer lists everything.
        problems.addAll(review.findings(facts));
      }
      problems.throwIfAny();
    }
    ReviewChain chain = review.start(facts, version, form.meetingId, actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, id);
          if (t.version != snapshot.version || !t.status.editable()) {
            throw new ConflictException("the topic changed while it was being submitted");
          }
          t.version = version;
          t.status = TopicStatus.IN_REVIEW;
          t.meetingId = null;
          t.meetingNote = null;
          t.updatedAt = Timestamp.from(now);
          topics.keepSubmitted(em, t, actor, now);
          topics.record(
              em,
              t,
              actor,
              "SUBMITTED",
              "chain by policy "
                  + chain.policyDistrict
                  + " "
                  + chain.policyVersion
                  + ", "
                  + chain.steps.size()
                  + " steps",
              now);
          return topics.view(em, t);
        });
  }

  Topic withdraw(long id, String reason, Actor actor) {
    Person me = access.person(actor);
    String why = ValidationException.requireText("reason", reason);
    TopicRecord t0 = jpa.txExpr(TransactionType.Required, em -> access.visible(em, id, actor, me));
    if (!t0.leadUnitId.equals(me.unitId)) {
      throw new AccessDeniedException("only the lead unit withdraws its topic");
    }
    return close(id, actor, TopicStatus.WITHDRAWN, "WITHDRAWN", why, WITHDRAWABLE);
  }

  // rule: S8 — work the supervisor can settle within their own authority is not submitted
  Topic settle(long id, String disposition, Actor actor) {
    Person me = access.person(actor);
    String how = ValidationException.requireText("disposition", disposition);
    TopicRecord t0 = jpa.txExpr(TransactionType.Required, em -> access.visible(em, id, actor, me));
    if (!actor.personId().equals(t0.supervisorId)) {
      throw new AccessDeniedException(
          "only the topic's supervisor (" + t0.supervisorId + ") settles it", Clause.S8);
    }
    if (overridden(id).contains(Clause.S8)) {
      throw new RuleViolationException(
          Clause.S8, "the mayor has lifted S8 for this topic: it goes to the meeting");
    }
    return close(id, actor, TopicStatus.SETTLED, "SETTLED", how, SETTLEABLE);
  }

  private Set<Clause> overridden(long id) {
    return jpa.txExpr(TransactionType.Required, em -> Topics.overridden(em, id));
  }

  private Topic close(
      long id, Actor actor, TopicStatus to, String kind, String note, Set<TopicStatus> from) {
    TopicStatus current =
        jpa.txExpr(TransactionType.Required, em -> em.find(TopicRecord.class, id).status);
    if (!from.contains(current)) {
      throw new ConflictException("a topic that is " + current + " cannot become " + to);
    }
    review.close(id, kind.toLowerCase(Locale.ROOT) + ": " + note, actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, id);
          t.status = to;
          t.closingNote = note;
          t.updatedAt = Timestamp.from(now);
          topics.record(em, t, actor, kind, note, now);
          return topics.view(em, t);
        });
  }
}

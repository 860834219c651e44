package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
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
import org.govmeeting.api.i18n.Chinese;
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
    LocalDate today = PublicConsultations.day(clock.instant(), directory.zone());
    // rule: F1-F9, P1-P3, S3-S6 — every problem of the form and every rule it breaks, at once
    Violations problems = FormRules.problems(form, files, units, today);
    if (!FormRules.blank(form.reporterId) && directory.person(form.reporterId).isEmpty()) {
      problems.add("reporterId", Clause.F2, "汇报人不在本区名册中", "no such person");
    } else if (!FormRules.blank(form.reporterId)) {
      // rule: D1 — the supervisor or the lead department's head reports, or whom the mayor names
      ReporterDesignations.refusal(snapshot, form.reporterId, directory)
          .ifPresent(m -> problems.add("reporterId", Clause.D1, m[0], m[1]));
    }
    int version = snapshot.version + 1;
    Set<Clause> lifted = overridden(id);
    TopicFacts facts = PolicyFacts.of(snapshot, form, lifted, today);
    // rule: S1 — 原则上 raised by the responsible department; anyone else needs the mayor
    Optional<Person> raisedBy = directory.person(snapshot.createdBy);
    boolean raisedElsewhere = !snapshot.leadUnitId.equals(raisedBy.map(p -> p.unitId).orElse(null));
    if (raisedElsewhere && !lifted.contains(Clause.S1)) {
      String raiser = raisedBy.map(p -> p.name + "，").orElse("") + snapshot.createdBy;
      String zh = "该议题不是由牵头单位提出（提出人：" + raiser + "），须经区长同意（对S1条作例外处理）后方可提交";
      String en =
          "raised outside the lead unit (by "
              + snapshot.createdBy
              + "): the mayor must agree (lift S1) before it is submitted";
      if (!problems.isEmpty()) {
        problems.add(null, Clause.S1, zh, en);
      } else {
        throw new RuleViolationException(Clause.S1, zh, en);
      }
    }
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
            throw new ConflictException(
                "提交过程中该议题已被他人修改，请重新读取后再提交", "the topic changed while it was being submitted");
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
    String why = ValidationException.requireText("reason", reason, "撤回理由");
    TopicRecord t0 = jpa.txExpr(TransactionType.Required, em -> access.visible(em, id, actor, me));
    if (!t0.leadUnitId.equals(me.unitId)) {
      throw new AccessDeniedException("议题只能由牵头单位撤回", "only the lead unit withdraws its topic");
    }
    return close(id, actor, TopicStatus.WITHDRAWN, "WITHDRAWN", why, WITHDRAWABLE);
  }

  // rule: S8 — work the supervisor can settle within their own authority is not submitted
  Topic settle(long id, String disposition, Actor actor) {
    Person me = access.person(actor);
    String how = ValidationException.requireText("disposition", disposition, "处理意见");
    TopicRecord t0 = jpa.txExpr(TransactionType.Required, em -> access.visible(em, id, actor, me));
    if (!actor.personId().equals(t0.supervisorId)) {
      throw new AccessDeniedException(
          Clause.S8,
          "只有该议题的分管领导（" + t0.supervisorId + "）可以协调办结",
          "only the topic's supervisor (" + t0.supervisorId + ") settles it");
    }
    if (overridden(id).contains(Clause.S8)) {
      throw new RuleViolationException(
          Clause.S8,
          "区长已决定该议题不适用S8条，须提交常务会议研究",
          "the mayor has lifted S8 for this topic: it goes to the meeting");
    }
    return close(id, actor, TopicStatus.SETTLED, "SETTLED", how, SETTLEABLE);
  }

  // rule: S8 — the supervisor's signature (F7) answers whether it is theirs to settle; a yes
  // settles the topic in the same act, unless the mayor has kept it for the meeting
  ReviewChain signReview(
      long id, long stepId, String comment, Boolean withinAuthority, Actor actor) {
    ReviewChain chain = review.sign(id, stepId, comment, withinAuthority, actor);
    boolean settles =
        chain.steps.stream()
            .anyMatch(s -> s.id == stepId && Boolean.TRUE.equals(s.withinAuthority));
    if (!settles || overridden(id).contains(Clause.S8)) {
      return chain;
    }
    String how =
        comment == null || comment.isBlank()
            ? "分管副区长签字确认：属本人职权范围内可以协调解决的事项，不提交常务会议"
            : comment.strip();
    close(id, actor, TopicStatus.SETTLED, "SETTLED", how, SETTLEABLE);
    return review.chain(id, chain.topicVersion).orElse(chain);
  }

  private Set<Clause> overridden(long id) {
    return jpa.txExpr(TransactionType.Required, em -> Topics.overridden(em, id));
  }

  private Topic close(
      long id, Actor actor, TopicStatus to, String kind, String note, Set<TopicStatus> from) {
    TopicStatus current =
        jpa.txExpr(TransactionType.Required, em -> em.find(TopicRecord.class, id).status);
    if (!from.contains(current)) {
      throw new ConflictException(
          "该议题当前状态为“" + Chinese.of(current) + "”，不能变为“" + Chinese.of(to) + "”",
          "a topic that is " + current + " cannot become " + to);
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

package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicStatus;

/**
 * F6: beside normative documents, "其他法律性较强的事项" go to the Justice Bureau's legality review when the
 * Government Office or the supervising vice-mayor asks for it.
 */
final class LegalReviewRequests {
  /** Who may ask besides the topic's own supervisor. */
  private static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

  /** A topic in review gains the step now; a returned one has it when it comes back. */
  private static final Set<TopicStatus> OPEN =
      EnumSet.of(TopicStatus.IN_REVIEW, TopicStatus.RETURNED);

  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final Directory directory;
  private final ReviewService review;
  private final Clock clock;

  LegalReviewRequests(
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

  // rule: F6 — the Office or the supervisor sends a matter of a strongly legal nature for review
  Topic ask(long id, String reason, Actor actor) {
    String why = ValidationException.requireText("reason", reason, "提请合法性审核的理由");
    Person me = access.person(actor);
    Instant now = clock.instant();
    LocalDate today = PublicConsultations.day(now, directory.zone());
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = access.visible(em, id, actor, me);
          if (!actor.hasAny(OFFICE) && !actor.personId().equals(t.supervisorId)) {
            throw new AccessDeniedException(
                Clause.F6,
                "只有区政府办公室或该议题的分管副区长可以提请合法性审核",
                "only the Government Office or the topic's supervisor asks for a legality review");
          }
          if (!OPEN.contains(t.status)) {
            throw new ConflictException(
                Clause.F6,
                "该议题当前状态为“" + Chinese.of(t.status) + "”，不能再提请合法性审核",
                "a topic that is " + t.status + " is past its review");
          }
          if (t.legalReviewAskedBy != null) {
            throw new ConflictException(
                Clause.F6,
                "该议题已于此前提请合法性审核（" + t.legalReviewAskedBy + "）",
                "a legality review was asked for already, by " + t.legalReviewAskedBy);
          }
          t.legalReviewAskedBy = actor.personId();
          t.legalReviewAskedAt = Timestamp.from(now);
          t.legalReviewReason = why;
          t.updatedAt = Timestamp.from(now);
          if (t.status == TopicStatus.IN_REVIEW) {
            TopicFacts facts = PolicyFacts.of(t, topics.form(t), Topics.overridden(em, id), today);
            review.addLegalReview(id, facts, why, actor);
          }
          topics.record(em, t, actor, "LEGAL_REVIEW_ASKED", why, now);
          return topics.view(em, t);
        });
  }
}

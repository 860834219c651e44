package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicStatus;

/** The mayor's recorded exceptions to 原则上 rules, one topic at a time: who, when and why. */
final class MayorOverrides {
  /**
   * A topic that has left the procedure for good: nothing is left to lift, nor anyone to designate
   * to report it ({@link ReporterDesignations}).
   */
  static final Set<TopicStatus> ENDED =
      EnumSet.of(TopicStatus.WITHDRAWN, TopicStatus.SETTLED, TopicStatus.REJECTED);

  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final ReviewService review;
  private final Clock clock;

  MayorOverrides(
      JpaTemplate jpa, Topics topics, TopicAccess access, ReviewService review, Clock clock) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.review = review;
    this.clock = clock;
  }

  // rule: S3, S7, S8 — 原则上: blocks by default; only the mayor lifts it, recorded
  Topic override(long id, Clause clause, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          clause, "只有区长可以对议题作出例外处理", "only the mayor may lift a rule for a topic");
    }
    if (clause == null) {
      throw new ValidationException("clause", "请注明作例外处理的条款", "name the clause to lift");
    }
    String why = ValidationException.requireText("reason", reason, "例外处理的理由");
    if (!clause.inPrinciple() || !review.activePolicy().overridable.contains(clause)) {
      throw new RuleViolationException(
          clause,
          "按本区规定，" + clause + "条不属于区长可以作例外处理的规定",
          clause + " is not a rule the mayor may lift in this district");
    }
    Person me = access.person(actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = access.visible(em, id, actor, me);
          if (ENDED.contains(t.status)) {
            throw new ConflictException(
                "该议题当前状态为“" + Chinese.of(t.status) + "”，不能再作例外处理", "the topic is " + t.status);
          }
          if (clause == Clause.S7 && t.meetingId == null) {
            // rule: S7 — lifted for one meeting, so the topic must be on one
            throw new ConflictException(
                Clause.S7,
                "该议题尚未安排会议；S7条的例外处理只针对议题所列的那次会议",
                "the topic is on no meeting yet; S7 is lifted for the meeting a topic is on");
          }
          // Every change of what a topic shows moves its revision (lists cache by revision).
          t.updatedAt = Timestamp.from(now);
          topics.addOverride(em, t, clause, actor, why, now);
          topics.record(em, t, actor, "OVERRIDE", clause + ": " + why, now);
          return topics.view(em, t);
        });
  }
}

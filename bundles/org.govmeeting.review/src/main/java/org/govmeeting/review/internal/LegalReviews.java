package org.govmeeting.review.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * F6: the legality review asked for after submission, for "其他法律性较强的事项", by the Office or the
 * supervising vice-mayor. The running chain gains the Justice Bureau's step as the active policy
 * builds it; nothing else of the chain changes.
 */
final class LegalReviews {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final Policies policies;
  private final ReviewEvents events;

  LegalReviews(JpaTemplate jpa, Directory directory, Policies policies, ReviewEvents events) {
    this.jpa = jpa;
    this.directory = directory;
    this.policies = policies;
    this.events = events;
  }

  // rule: F6 — 其他法律性较强的事项 go to the Justice Bureau's legality review too
  ReviewChain add(long topicId, TopicFacts facts, String reason, Actor actor) {
    List<ReviewStep> wanted =
        policies.active().policy.chain(facts).stream()
            .filter(s -> s.clause == Clause.F6)
            .collect(Collectors.toList());
    if (wanted.isEmpty()) {
      throw new ConflictException(
          Clause.F6, "本区审核规则没有合法性审核环节", "the district's policy has no legality review");
    }
    String head = StepPlan.leadHead(directory, facts, wanted);
    ReviewChain chain =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              ChainRecord c = Chains.locked(em, topicId);
              if (c == null) {
                throw new NotFoundException("审核链", "review chain", String.valueOf(topicId));
              }
              if (c.state != ChainState.IN_REVIEW) {
                throw new ConflictException(
                    Clause.F6,
                    "审核链当前状态为“" + Chinese.of(c.state) + "”，不能再增加合法性审核",
                    "the chain is "
                        + c.state
                        + "; a legality review is added while it is in review");
              }
              if (c.steps.stream().anyMatch(s -> s.clause == Clause.F6)) {
                throw new ConflictException(
                    Clause.F6, "该议题的审核链已有合法性审核环节", "the chain has the legality review already");
              }
              int open =
                  c.steps.stream()
                      .filter(s -> s.state == StepState.PENDING)
                      .mapToInt(s -> s.stage)
                      .min()
                      .orElseThrow();
              for (ReviewStep w : wanted) {
                StepRecord r = StepPlan.row(c, w, facts, head);
                // A stage already past would never open again: the step joins the open one.
                r.stage = Math.max(w.stage, open);
                r.state = r.stage == open ? StepState.PENDING : StepState.WAITING;
                r.requestedBy = actor.personId();
                r.requestReason = reason;
                c.steps.add(r);
              }
              em.flush();
              return Chains.toChain(c);
            });
    events.changed(chain, actor);
    events.openedWhere(chain, s -> s.clause == Clause.F6);
    return chain;
  }
}

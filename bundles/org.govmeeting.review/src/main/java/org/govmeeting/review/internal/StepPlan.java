package org.govmeeting.review.internal;

import java.util.List;
import java.util.Objects;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;

/**
 * A policy's planned steps as rows of a chain, each with who signs it: a named person (the topic's
 * supervising vice-mayor, the lead unit's head) or any holder of a role. One mapping, whether the
 * chain is built at submission or a legality review (F6) joins it later, so a district's policy is
 * read the same way in both.
 */
final class StepPlan {
  private StepPlan() {}

  /** The lead unit's head if a step of the plan is theirs to sign, else null. */
  static String leadHead(Directory directory, TopicFacts facts, List<ReviewStep> plan) {
    if (plan.stream().noneMatch(s -> s.signer == ReviewStep.Signer.LEAD_UNIT_HEAD)) {
      return null;
    }
    return directory
        .unit(facts.leadUnitId)
        .map(u -> u.headId)
        .orElseThrow(
            () ->
                new ValidationException(
                    "leadUnitId",
                    Clause.F4,
                    "牵头单位在名册中没有主要负责人，无法审核签字",
                    "the lead unit has no head"));
  }

  // rule: F4, F6, F7 — the step is the named person's or the role's, as the policy says
  /** A new row for the planned step in the chain, not yet open; its stage as planned. */
  static StepRecord row(ChainRecord chain, ReviewStep s, TopicFacts facts, String leadHead) {
    StepRecord r = new StepRecord();
    r.chain = chain;
    r.stage = s.stage;
    r.clause = s.clause != null || s.own == null ? s.clause : s.own.basis();
    if (s.own != null) {
      r.ownClause = s.own.id();
      r.ownClauseText = s.own.text();
      r.ownClauseTextEnglish = s.own.textEnglish();
    }
    r.label = s.label;
    r.labelEnglish = s.labelEnglish;
    switch (s.signer) {
      case SUPERVISOR -> r.signerId = facts.supervisorId;
      case LEAD_UNIT_HEAD -> r.signerId = leadHead;
      default -> r.role = Objects.requireNonNull(s.role, "role of " + s.label);
    }
    return r;
  }
}

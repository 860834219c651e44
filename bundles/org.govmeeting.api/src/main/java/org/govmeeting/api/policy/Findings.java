package org.govmeeting.api.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.rule.Clause;

/**
 * Which of a policy's findings stop a submission: one reading for the review engine, the platform's
 * dry-run and the policy test kit, so that a dry-run never says a topic would be refused for a rule
 * the mayor lifted for it.
 *
 * @since 1.7
 */
public final class Findings {
  private Findings() {}

  /** The clause a finding is lifted under: a district's own clause as the one it rests on. */
  public static Clause clauseOf(Finding f) {
    return f.clause != null || f.own == null ? f.clause : f.own.basis();
  }

  /**
   * The policy's findings on these facts that stop the submission: every one, except those for a
   * clause the policy lets the mayor lift ({@link Policy#overridable()}) that the mayor lifted for
   * this topic ({@link TopicFacts#overridden}). A policy's null answer or null findings count as
   * none.
   */
  public static List<Finding> blocking(Policy policy, TopicFacts facts) {
    List<Finding> found = policy.check(facts);
    if (found == null || found.isEmpty()) {
      return List.of();
    }
    Set<Clause> liftable = policy.overridable();
    Set<Clause> lifted = facts.overridden == null ? Set.of() : facts.overridden;
    List<Finding> out = new ArrayList<>();
    for (Finding f : found) {
      if (f == null) {
        continue;
      }
      Clause c = clauseOf(f);
      boolean liftedHere =
          c != null && liftable != null && liftable.contains(c) && lifted.contains(c);
      if (!liftedHere) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }
}

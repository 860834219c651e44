package org.govmeeting.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.rule.Clause;

/**
 * The platform's dry-run, in a district's own unit tests: what a policy would have done with topics
 * the district dealt with, beside what happened, in the answer's shape of {@code POST
 * /policies/{district}/{version}/dry-run}. Nothing runs but the policy.
 */
final class KitDryRun {
  private KitDryRun() {}

  /** A step as the kit and the platform print it: {@code stage:SIGNER/clause}. */
  static String key(ReviewStep s) {
    return s.stage
        + ":"
        + (s.signer == ReviewStep.Signer.ROLE ? s.role : s.signer)
        + "/"
        + OwnClauseChecks.shown(s.clause, s.own);
  }

  static List<DryRunTopic> dryRun(Policy policy, List<PastTopic> past) {
    List<DryRunTopic> out = new ArrayList<>();
    long n = 0;
    for (PastTopic p : past) {
      DryRunTopic t = new DryRunTopic();
      t.topicId = ++n;
      t.title = p.title;
      t.actualPolicy = p.actualPolicy;
      t.blockedBy = blocking(policy, p);
      List<ReviewStep> chain = policy.chain(p.facts);
      t.chain =
          chain == null
              ? List.of()
              : chain.stream().filter(Objects::nonNull).map(KitDryRun::key).toList();
      t.actualChain = p.actualChain;
      t.added = t.chain.stream().filter(s -> !p.actualChain.contains(s)).toList();
      t.removed = p.actualChain.stream().filter(s -> !t.chain.contains(s)).toList();
      t.changed = !t.blockedBy.isEmpty() || !t.added.isEmpty() || !t.removed.isEmpty();
      out.add(t);
    }
    return out;
  }

  /** The findings the engine would refuse the submission on: all but those the mayor lifted. */
  private static List<Finding> blocking(Policy policy, PastTopic p) {
    List<Finding> found = policy.check(p.facts);
    Set<Clause> liftable = policy.overridable();
    List<Finding> out = new ArrayList<>();
    for (Finding f : found == null ? List.<Finding>of() : found) {
      if (f == null) {
        continue;
      }
      Clause c = f.clause != null || f.own == null ? f.clause : f.own.basis();
      boolean lifted =
          c != null
              && liftable.contains(c)
              && p.facts.overridden != null
              && p.facts.overridden.contains(c);
      if (!lifted) {
        out.add(f);
      }
    }
    return out;
  }
}

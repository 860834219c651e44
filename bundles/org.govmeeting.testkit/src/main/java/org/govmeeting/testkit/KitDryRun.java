package org.govmeeting.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.Findings;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;

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
      t.blockedBy = Findings.blocking(policy, p.facts);
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
}

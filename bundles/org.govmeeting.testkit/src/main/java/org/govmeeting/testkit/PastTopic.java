package org.govmeeting.testkit;

import java.util.List;
import java.util.Objects;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.TopicFacts;

/**
 * A topic a district dealt with, for {@link PolicyTestKit#dryRun}: its facts as the policy was told
 * them at submission, and the chain it really got, each step {@code stage:SIGNER/clause} as the kit
 * and the platform's dry-run print them (e.g. {@code 2:AUDIT_HEAD/DF-1}).
 */
public final class PastTopic {
  public final String title;
  public final TopicFacts facts;
  public final List<String> actualChain;

  /** {@code district version} of the policy that built the real chain, where known. */
  public final String actualPolicy;

  private PastTopic(String title, TopicFacts facts, List<String> actualChain, String policy) {
    this.title = Objects.requireNonNull(title, "title");
    this.facts = Objects.requireNonNull(facts, "facts of " + title);
    this.actualChain = List.copyOf(actualChain);
    this.actualPolicy = policy;
  }

  /** A topic with the chain it got, as the district's records show it. */
  public static PastTopic of(String title, TopicFacts facts, List<String> actualChain) {
    return new PastTopic(title, facts, actualChain, null);
  }

  /** A topic as the policy in force then ({@code current}) dealt with it: the chain it built. */
  public static PastTopic under(Policy current, String title, TopicFacts facts) {
    List<String> chain =
        current.chain(facts).stream().filter(Objects::nonNull).map(KitDryRun::key).toList();
    return new PastTopic(title, facts, chain, current.district() + " " + current.version());
  }
}

package org.govmeeting.api.policy;

import java.util.List;

/**
 * What a policy that is installed but not active would have done with one past topic, beside what
 * happened: the findings that would have blocked it, the chain it would have built, and how that
 * chain differs from the topic's real one. Steps read {@code stage:SIGNER/clause}, the signer a
 * role or {@code LEAD_UNIT_HEAD} / {@code SUPERVISOR} (as the policy test kit prints them).
 */
public class DryRunTopic {
  public long topicId;
  public String title;

  /** The policy that built the real chain, {@code district version}; null if never submitted. */
  public String actualPolicy;

  /**
   * What would have blocked the submission (none: it would have gone into review): the policy's
   * findings, except those for a rule the policy lets the mayor lift that the mayor lifted for the
   * topic, as the review engine reads them ({@link Findings#blocking}).
   */
  public List<Finding> blockedBy = List.of();

  public List<String> chain = List.of();
  public List<String> actualChain = List.of();

  /** Steps the policy would have added to the real chain, and those it would not have had. */
  public List<String> added = List.of();

  public List<String> removed = List.of();

  /** Whether anything differs: a block, or a step added or removed. */
  public boolean changed;
}

package org.govmeeting.api.policy;

import java.util.List;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.rule.Clause;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A district's variant of the rules. Policy bundles register implementations as OSGi services with
 * the properties {@link #DISTRICT} and {@link #VERSION}; the platform asks the active one and
 * records on each chain which policy and version built it. Implementations must be stateless and
 * thread-safe: the engine calls them concurrently and may drop them at any time.
 */
@ConsumerType
public interface Policy {
  /** Service property: the district this policy is for, e.g. {@code qianjin}. */
  String DISTRICT = "govmeeting.policy.district";

  /** Service property: the policy's own version. */
  String VERSION = "govmeeting.policy.version";

  String district();

  String version();

  /**
   * The rules a topic must meet before its chain may start (e.g. S3, S4, S6). The engine refuses
   * the submission on any finding, except one for a clause in {@link #overridable()} that the mayor
   * has lifted for this topic ({@link TopicFacts#overridden}).
   */
  List<Finding> check(TopicFacts topic);

  /** The sign-offs this topic needs, with their stages. */
  List<ReviewStep> chain(TopicFacts topic);

  /**
   * Whether a meeting may open or decide with this many members present (C1 as written; Qianjin's
   * 半数以上 is at least half: {@code present * 2 >= all}).
   */
  boolean quorate(int presentMembers, int allMembers);

  /** How many days before the meeting materials must reach the attending leaders (M2). */
  int materialsLeadDays();

  /** The 原则上 clauses the mayor may lift in this district; the rest always block. */
  Set<Clause> overridable();

  /**
   * The district's own clauses, beyond the regulation's, as the compliance report shows them for
   * one topic: each with its ID (the district's, e.g. {@code DF-1}), its words in {@link
   * ClauseCheck#text}, and a verdict on the topic's facts and its chain as recorded ({@code chain}
   * is null while the topic has none). A policy that adds a clause judges it for every topic, with
   * {@link org.govmeeting.api.compliance.Verdict#NOT_APPLICABLE} and the reason where it does not
   * apply. The default adds none: the regulation as written, which the modules judge.
   */
  default List<ClauseCheck> comply(TopicFacts topic, ReviewChain chain) {
    return List.of();
  }
}

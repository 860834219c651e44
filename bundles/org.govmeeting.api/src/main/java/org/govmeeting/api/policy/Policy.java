package org.govmeeting.api.policy;

import java.util.List;
import java.util.Set;
import org.govmeeting.api.rule.Clause;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A district's variant of the rules. Policy bundles register implementations as OSGi services with
 * the properties {@link #DISTRICT} and {@link #VERSION}; the platform asks the active one and
 * records on each topic which policy and version built its chain.
 */
@ConsumerType
public interface Policy {
  /** Service property: the district this policy is for, e.g. {@code qianjin}. */
  String DISTRICT = "govmeeting.policy.district";

  /** Service property: the policy's own version. */
  String VERSION = "govmeeting.policy.version";

  String district();

  String version();

  /** The sign-offs this topic needs, in the order they must be given. */
  List<ReviewStep> chain(TopicFacts topic);

  /** Whether a meeting may open or decide with this many members present (C1 as written). */
  boolean quorate(int presentMembers, int allMembers);

  /** How many days before the meeting materials must reach the attending leaders (M2). */
  int materialsLeadDays();

  /** The 原则上 clauses the mayor may lift in this district; the rest always block. */
  Set<Clause> overridable();
}

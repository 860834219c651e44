package org.govmeeting.review.internal;

/**
 * The review chains an operator watches, for a JMX console ({@code org.govmeeting:type=Review},
 * once Karaf's {@code management} feature is on).
 */
public interface ReviewMXBean {
  /** Chains waiting for a signature (IN_REVIEW), over all topics. */
  long getOpenChains();

  /** Chains sent back to the submitting unit (RETURNED) and not yet submitted again. */
  long getReturnedChains();

  /** The district whose policy builds new chains; empty while that district has no policy. */
  String getActiveDistrict();

  /** The version of that district's policy in force; empty while none is installed. */
  String getActivePolicyVersion();
}

package org.govmeeting.api.review;

import java.time.Instant;

/**
 * Which policy a district's review chains are built by: the district's own choice, or, where it has
 * made none, the platform's default (the review setting {@code activeDistrict}).
 *
 * @since 1.3
 */
public class PolicyChoice {
  /** The district the choice is for. */
  public String district;

  /** The chosen policy, by the key it registers ({@code Policy.DISTRICT}), e.g. dongfeng. */
  public String policy;

  /** The version it is held to, or null for the highest installed one. */
  public String version;

  /** Whether the district chose it itself; false where the platform's default applies. */
  public boolean own;

  /** Who chose it, when and why; null for the platform's default. */
  public String chosenBy;

  public Instant chosenAt;

  public String reason;

  /** The policy in force for the district now, or null where the chosen one is not installed. */
  public PolicyInfo inForce;
}

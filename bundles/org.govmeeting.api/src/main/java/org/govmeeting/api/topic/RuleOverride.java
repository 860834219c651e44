package org.govmeeting.api.topic;

import java.time.Instant;
import org.govmeeting.api.rule.Clause;

/** The mayor's exception to an "in principle" (原则上) rule for one topic: who, when, why. */
public class RuleOverride {
  public Clause clause;
  public String grantedBy;
  public Instant grantedAt;
  public String reason;
}

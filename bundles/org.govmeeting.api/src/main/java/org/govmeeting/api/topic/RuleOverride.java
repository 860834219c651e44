package org.govmeeting.api.topic;

import java.time.Instant;
import org.govmeeting.api.rule.Clause;

/**
 * The mayor's exception to an "in principle" (原则上) rule for one topic: who, when, why, and what it
 * was granted for. It holds for the form as it stood then and, for S7, for the meeting the topic
 * was on; an edit of the form or a later meeting needs a new one ({@link #inForce}).
 */
public class RuleOverride {
  public Clause clause;
  public String grantedBy;
  public Instant grantedAt;
  public String reason;

  /** The topic's version (its submissions so far) when it was granted. */
  public int topicVersion;

  /** The meeting the topic was on when it was granted; S7 is lifted for that meeting only. */
  public Long meetingId;

  /** Whether it still holds for the topic as it is now. */
  public boolean inForce;

  /** Why it no longer holds, in Chinese; null while it does. */
  public String lapsed;

  public String lapsedEnglish;
}

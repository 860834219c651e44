package org.govmeeting.api.review;

import java.time.Instant;
import java.util.List;

/**
 * The sign-offs one submitted version of a topic needs, as the policy in force at submission built
 * them. A chain records the policy's district and version and never changes shape later.
 */
public class ReviewChain {
  public long id;
  public long topicId;
  public int topicVersion;
  public String policyDistrict;
  public String policyVersion;
  public ChainState state;
  public Instant startedAt;
  public Instant completedAt;

  /**
   * When the topic reached the Government Office, every step before its check signed (S9): what
   * decides whether it was sent in before a meeting's cut-off.
   */
  public Instant sentInAt;

  /** The meeting the topic is bound for once complete (S9). */
  public Long meetingId;

  /** Why it is not the meeting asked for, if so. */
  public String meetingNote;

  public List<Step> steps;
}

package org.govmeeting.api.compliance;

import java.time.Instant;

/** The mayor's recorded exception a {@link Verdict#LIFTED} verdict rests on. */
public class Lift {
  /** Who granted it (the mayor), by directory id. */
  public String grantedBy;

  public Instant grantedAt;
  public String reason;

  /** The topic's version it was granted on; null where it concerns no topic (C3). */
  public Integer topicVersion;

  /** The meeting it was granted for, where it names one (S7, C3's month before it). */
  public Long meetingId;

  /** What it was granted on where no topic is concerned: a month without a meeting (C3). */
  public String subject;
}

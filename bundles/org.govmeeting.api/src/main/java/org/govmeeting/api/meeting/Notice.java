package org.govmeeting.api.meeting;

import java.time.Instant;

/** A notice to one recipient (M1), kept until they acknowledge it and after. */
public class Notice {
  public enum Kind {
    /** The topic is on the approved list: prepare the materials. */
    PREPARE,
    /** The meeting's time, venue and agenda. */
    MEETING,
    /** A topic was moved to another meeting. */
    TOPIC_MOVED,
    /** A supervised task is due soon (I1). */
    REMINDER,
    /** A supervised task is overdue: 催办 (I1). */
    CHASE,
    /** A review step of a topic opened for the recipient to sign (F4–F8). */
    REVIEW_STEP
  }

  public long id;
  public Kind kind;
  public long meetingId;
  public Long topicId;
  public String recipientId;
  public String text;
  public Instant sentAt;
  public String sentBy;
  public Instant acknowledgedAt;
}

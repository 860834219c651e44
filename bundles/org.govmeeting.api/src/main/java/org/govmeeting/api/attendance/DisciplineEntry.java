package org.govmeeting.api.attendance;

import java.time.Instant;

/** A breach of meeting discipline (K2, K3), recorded by the Office. */
public class DisciplineEntry {
  public enum Kind {
    LATE_ARRIVAL,
    LEFT_WITHOUT_LEAVE,
    PHONE_IN_MEETING,
    UNAUTHORISED_RECORDING,
    DISCLOSURE
  }

  public long id;
  public long meetingId;
  public String personId;
  public Kind kind;
  public String note;
  public String recordedBy;
  public Instant recordedAt;
}

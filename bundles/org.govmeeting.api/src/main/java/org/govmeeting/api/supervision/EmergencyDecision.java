package org.govmeeting.api.supervision;

import java.time.Instant;
import java.util.List;

/** A decision taken outside a meeting in an emergency, to be reported to the next one (S2). */
public class EmergencyDecision {
  public enum Means {
    COUNTERSIGNATURE,
    ORAL_REPORT
  }

  public long id;
  public String what;

  /** Why no meeting could be held in time. */
  public String whyNoMeeting;

  public Means means;
  public String decidedBy;
  public List<String> countersignedBy;
  public Instant decidedAt;
  public String recordedBy;

  /** The meeting it was reported to, once it was. */
  public Long reportedAtMeetingId;

  public boolean flagged;
}

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

  /** COUNTERSIGNATURE: the leaders who are to countersign it, each by their own act. */
  public List<String> countersignedBy;

  /** The countersignatures given so far, in order. */
  public List<Countersignature> countersignatures = List.of();

  /** Whether every leader named in {@link #countersignedBy} has signed (S2). */
  public boolean countersigned;

  /** ORAL_REPORT: the leaders who heard the report. */
  public List<String> heardBy;

  /** One leader's countersignature: who, when. */
  public static class Countersignature {
    public String personId;
    public Instant signedAt;
  }

  public Instant decidedAt;
  public String recordedBy;

  /** The meeting it was reported to, once it was. */
  public Long reportedAtMeetingId;

  public boolean flagged;
}

package org.govmeeting.api.attendance;

import java.time.Instant;

/** A request to record or photograph the meeting, decided by the chair (K3). */
public class RecordingRequest {
  public long id;
  public long meetingId;
  public String personId;
  public String purpose;
  public LeaveRequest.State state;
  public String decidedBy;
  public Instant decidedAt;
}

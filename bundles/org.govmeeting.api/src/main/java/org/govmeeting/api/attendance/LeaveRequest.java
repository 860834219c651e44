package org.govmeeting.api.attendance;

import java.time.Instant;

/** A request not to attend (K1) or to leave midway (K2), and its decision. */
public class LeaveRequest {
  public enum Kind {
    ABSENCE,
    EARLY_DEPARTURE
  }

  public enum State {
    PENDING,
    APPROVED,
    REFUSED
  }

  public long id;
  public long meetingId;
  public Kind kind;
  public String personId;
  public String reason;

  /** An attendee's written application (K1); members ask the mayor directly. */
  public boolean written;

  /** The responsible person an attendee sends in their place (K1). */
  public String delegateId;

  public State state;
  public Instant requestedAt;

  /** The role that must decide: the mayor, or for an attendee leaving early, the EVM (K2). */
  public String approverRole;

  public String decidedBy;
  public Instant decidedAt;
  public String decisionNote;
}

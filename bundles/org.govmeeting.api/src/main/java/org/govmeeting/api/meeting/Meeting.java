package org.govmeeting.api.meeting;

import java.time.Instant;

/** An executive meeting, numbered per district in order (the 43rd, the 44th, ...). */
public class Meeting {
  public enum Kind {
    /** The monthly meeting (C3). */
    REGULAR,
    /** Convened at any time as needed (C3). */
    EXTRA
  }

  public enum Status {
    PLANNED,
    NOTIFIED,
    IN_SESSION,
    CLOSED,
    CANCELLED
  }

  public long id;
  public int number;
  public Kind kind;
  public Status status;
  public Instant scheduledAt;
  public String venue;

  /** Topics whose chain completes after this go to the next meeting (S9). */
  public Instant cutoff;

  public String convenedBy;
  public Instant convenedAt;

  /**
   * When the mayor opened it: the day it was actually held, which the minutes state (M3). Null
   * while it has not opened, and for meetings opened before the platform recorded it.
   */
  public Instant openedAt;
}

package org.govmeeting.api.topic;

import java.time.Instant;

/**
 * D1: the mayor's designation of who reports a topic at the meeting, where it is neither the
 * supervising vice-mayor nor the lead department's head. Recorded once made: who, when, why.
 */
public class ReporterDesignation {
  /** The person designated to report. */
  public String personId;

  public String designatedBy;
  public Instant designatedAt;
  public String reason;
}

package org.govmeeting.api.minutes;

import java.time.Instant;

/** One recording of an item's report (D1); a correction before the decision is a new version. */
public class ReportVersion {
  public int version;
  public String reporterId;
  public Instant startedAt;
  public Instant endedAt;
  public boolean overrun;
  public String recordedBy;
  public Instant recordedAt;
}

package org.govmeeting.api.minutes;

import java.time.Instant;

/** The secretariat's record of an item's report (D1). */
public class Report {
  public String reporterId;
  public Instant startedAt;
  public Instant endedAt;
}

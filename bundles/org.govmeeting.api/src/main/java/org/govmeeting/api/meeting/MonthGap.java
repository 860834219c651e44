package org.govmeeting.api.meeting;

import java.time.Instant;

/** A calendar month in which no meeting was held (C3), and the mayor's reason if recorded. */
public class MonthGap {
  /** The month, as {@code 2026-03}. */
  public String month;

  public boolean excused;
  public String reason;
  public String recordedBy;
  public Instant recordedAt;
}

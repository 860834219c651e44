package org.govmeeting.api.minutes;

import java.time.Instant;

/** One version of the minutes' text; every edit makes a new one. */
public class MinutesVersion {
  public int version;
  public String text;
  public String editedBy;
  public Instant editedAt;
}

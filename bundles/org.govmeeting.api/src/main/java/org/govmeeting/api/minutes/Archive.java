package org.govmeeting.api.minutes;

import java.time.Instant;

/**
 * A meeting's archive record (M3): materials, records, positions, decisions, recordings, minutes.
 */
public class Archive {
  public long meetingId;
  public String createdBy;
  public Instant createdAt;
  public long size;
  public String sha256;
}

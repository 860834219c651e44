package org.govmeeting.api.minutes;

import java.time.Instant;

/**
 * A meeting's minutes as a list shows them: which meeting, their document number once signed, and
 * where they stand. No text: listing is not reading, and reading restricted passages is recorded.
 */
public class MinutesSummary {
  public long id;
  public long meetingId;

  /** 前政纪〔2026〕44号, once drafted. */
  public String documentNumber;

  public Minutes.State state;
  public Instant signedAt;
}

package org.govmeeting.api.minutes;

import java.time.Instant;

/** A meeting whose minutes are issued and whose archive is not yet gathered (M3). */
public class ArchiveDue {
  public long meetingId;
  public long minutesId;
  public String documentNumber;
  public Instant minutesSignedAt;
  public Instant dueBy;

  /** The period has passed: the archive is late already. */
  public boolean overdue;
}

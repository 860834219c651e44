package org.govmeeting.api.minutes;

import java.time.Instant;

/**
 * A meeting's archive record (M3): materials and their files, records, positions, decisions,
 * recording references, the minutes in every signed form. Gathered again (a new {@code edition})
 * when a later erratum or recording belongs in it; whether it was made on time is judged by the
 * first edition.
 */
public class Archive {
  public long meetingId;

  /** Who gathered this edition, and when. */
  public String createdBy;

  public Instant createdAt;

  /** 1 for the first gathering, one more each time it is gathered again. */
  public int edition;

  /** When the first edition was gathered: what the period is measured by. */
  public Instant firstCreatedAt;

  /** When the mayor signed the minutes: where the period starts. */
  public Instant minutesSignedAt;

  /** The end of the period the Office set for archiving after signature, as it stood then. */
  public Instant dueBy;

  /** The first edition was gathered after {@link #dueBy}. */
  public boolean late;

  public long size;
  public String sha256;

  /** What the zip holds besides the documents: material files and recording references. */
  public int materialFiles;

  public int recordings;
}

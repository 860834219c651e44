package org.govmeeting.api.minutes;

import java.time.Instant;

/**
 * Where the meeting's own recording is kept (M3: 录音 archived with the record): a reference to the
 * medium or store the Office keeps it on, never the recording itself. Registered by the Office,
 * attributable, never changed.
 */
public class RecordingReference {
  public enum Medium {
    AUDIO,
    VIDEO
  }

  public long id;
  public long meetingId;
  public Medium medium;

  /** Where it is kept: a file store path, an archive room's disc number, a URI. */
  public String location;

  /** Hex SHA-256 of the recording, where the store gives one. */
  public String sha256;

  public Integer durationMinutes;
  public String note;
  public String registeredBy;
  public Instant registeredAt;
}

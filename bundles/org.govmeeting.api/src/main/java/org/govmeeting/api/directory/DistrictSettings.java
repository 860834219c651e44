package org.govmeeting.api.directory;

/**
 * A district's settings as the platform administrator changes them after it was added: each one
 * left null falls back to the platform's setting; the reason is recorded with the change.
 *
 * @since 1.4
 */
public class DistrictSettings {
  /** Its Chinese name, at most 100 characters. */
  public String name;

  /**
   * The number its next first meeting takes (see {@link District#firstMeetingNumber}); once it has
   * held meetings, only a higher number than the last one given moves its numbering on, and no
   * number is ever given twice.
   */
  public Integer firstMeetingNumber;

  /**
   * Its default cut-off in hours before a meeting, 1 to 720; meetings convened already keep theirs.
   */
  public Integer cutoffHours;

  /** Days before a due date a task counts as due soon, 0 to 90; none: the platform's. */
  public Integer dueSoonDays;

  /** Days after the minutes' signature to archive the meeting, 1 to 366; none: the platform's. */
  public Integer archiveWithinDays;

  /** Its time zone, an ID of the time-zone database. */
  public String timeZone;

  /** Why the settings change: required, recorded in the directory's changes. */
  public String reason;
}

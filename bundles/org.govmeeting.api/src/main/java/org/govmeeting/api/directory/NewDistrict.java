package org.govmeeting.api.directory;

/**
 * What the platform administrator gives to add a district: its code, its name and its roster, in
 * the tab-separated form of the built-in one ({@code unit} and {@code person} lines).
 *
 * @since 1.3
 */
public class NewDistrict {
  /** Lower-case letters, digits and hyphens, 2 to 40 characters. */
  public String id;

  public String name;

  /** The roster's text. */
  public String roster;

  /** Optional: the number of its first meeting here, 1 to 100 000 (see {@link District}). */
  public Integer firstMeetingNumber;

  /** Optional: its default cut-off in hours before a meeting, 1 to 720 (see {@link District}). */
  public Integer cutoffHours;

  /**
   * Optional: days before a due date a task counts as due soon, 0 to 90 (see {@link District}).
   *
   * @since 1.4
   */
  public Integer dueSoonDays;

  /**
   * Optional: days after the minutes' signature to archive the meeting, 1 to 366 (see {@link
   * District}).
   *
   * @since 1.4
   */
  public Integer archiveWithinDays;

  /** Optional: its time zone, e.g. {@code Asia/Harbin} (see {@link District}). */
  public String timeZone;
}

package org.govmeeting.api.directory;

import java.time.Instant;

/**
 * A district the platform serves: its own roster, meeting numbers, policy and records.
 *
 * @since 1.3
 */
public class District {
  /** Stable code in lower case, e.g. {@code qianjin}, {@code dongfeng}. */
  public String id;

  /** Chinese name, e.g. 前进区. */
  public String name;

  /** When the district was added, and by whom; the default district has neither. */
  public Instant addedAt;

  public String addedBy;

  /** How many people its roster holds. */
  public int people;

  /** How many units its roster holds. */
  public int units;

  /**
   * The number its first meeting on this platform takes (第N次, counting on from the meetings it held
   * before); null where the platform's setting ({@code firstNumber}) applies.
   */
  public Integer firstMeetingNumber;

  /**
   * How many hours before a meeting its topics close by default (the cut-off when the mayor names
   * none); null where the platform's setting ({@code defaultCutoffHours}) applies.
   */
  public Integer cutoffHours;

  /**
   * How many days before a task's due date it counts as due soon and its unit is reminded (I3);
   * null where the platform's setting ({@code dueSoonDays} of the supervision) applies.
   *
   * @since 1.4
   */
  public Integer dueSoonDays;

  /**
   * Within how many days of the minutes' signature the meeting's record is to be archived (M3);
   * null where the platform's setting ({@code archiveWithinDays} of the documents) applies.
   *
   * @since 1.4
   */
  public Integer archiveWithinDays;

  /**
   * Its time zone, an ID of the time-zone database: its calendar says which day it is for its
   * deadlines and months (C3), and its offset is what the API writes for its staff; null where the
   * platform's setting ({@code zone}) applies.
   */
  public String timeZone;

  /** The revision of its settings, sent back in {@code If-Match} to change them. */
  public long revision;
}

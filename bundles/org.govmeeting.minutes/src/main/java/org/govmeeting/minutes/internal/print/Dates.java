package org.govmeeting.minutes.internal.print;

import java.time.LocalDate;

/** Dates as official documents write them. */
public final class Dates {
  private Dates() {}

  /** 2026年12月1日: Arabic figures, no leading zeros (GB/T 9704 §7.3.5.1). */
  public static String chinese(LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}

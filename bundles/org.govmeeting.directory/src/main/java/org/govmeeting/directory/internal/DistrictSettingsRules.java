package org.govmeeting.directory.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.error.Violation;

/**
 * What a district's name and settings may be, how they are set on its record, and how a change log
 * reads them: the same for a district added and for one changed later.
 */
final class DistrictSettingsRules {
  private DistrictSettingsRules() {}

  static String settings(DistrictRecord d) {
    return "name="
        + d.name
        + ", firstMeetingNumber="
        + d.firstMeetingNumber
        + ", cutoffHours="
        + d.cutoffHours
        + ", timeZone="
        + d.timeZone
        + ", dueSoonDays="
        + d.dueSoonDays
        + ", archiveWithinDays="
        + d.archiveWithinDays;
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static boolean isZone(String id) {
    try {
      ZoneId.of(id.trim());
      return true;
    } catch (java.time.DateTimeException unknown) {
      return false;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * The settings of a district as it is added or changed: the same fields in both requests, read
   * and checked once here.
   */
  record Settings(
      Integer firstMeetingNumber,
      Integer cutoffHours,
      String timeZone,
      Integer dueSoonDays,
      Integer archiveWithinDays) {
    static Settings of(org.govmeeting.api.directory.NewDistrict in) {
      return new Settings(
          in.firstMeetingNumber, in.cutoffHours, in.timeZone, in.dueSoonDays, in.archiveWithinDays);
    }

    static Settings of(org.govmeeting.api.directory.DistrictSettings in) {
      return new Settings(
          in.firstMeetingNumber, in.cutoffHours, in.timeZone, in.dueSoonDays, in.archiveWithinDays);
    }
  }

  /** Sets what a district is added or changed with; a blank zone is the platform's. */
  static void apply(DistrictRecord d, Settings in) {
    d.firstMeetingNumber = in.firstMeetingNumber();
    d.cutoffHours = in.cutoffHours();
    d.timeZone = blankToNull(in.timeZone());
    d.dueSoonDays = in.dueSoonDays();
    d.archiveWithinDays = in.archiveWithinDays();
  }

  /** What is wrong with a district's name and settings, each problem once. */
  static List<Violation> problems(String name, Settings in) {
    Integer firstMeetingNumber = in.firstMeetingNumber();
    Integer cutoffHours = in.cutoffHours();
    String timeZone = in.timeZone();
    Integer dueSoonDays = in.dueSoonDays();
    Integer archiveWithinDays = in.archiveWithinDays();
    List<Violation> problems = new ArrayList<>();
    if (name.isEmpty() || name.length() > 100) {
      problems.add(
          new Violation(
              "name", null, "请填写区名称（至多100字）", "name is required, at most 100 characters"));
    }
    if (firstMeetingNumber != null && (firstMeetingNumber < 1 || firstMeetingNumber > 100_000)) {
      problems.add(
          new Violation(
              "firstMeetingNumber",
              null,
              "首次会议编号须在1至100000之间",
              "firstMeetingNumber must be 1 to 100000"));
    }
    if (cutoffHours != null && (cutoffHours < 1 || cutoffHours > 720)) {
      problems.add(
          new Violation("cutoffHours", null, "议题截止时间须为会前1至720小时", "cutoffHours must be 1 to 720"));
    }
    if (timeZone != null && !timeZone.isBlank() && !isZone(timeZone)) {
      problems.add(
          new Violation(
              "timeZone",
              null,
              "时区“" + timeZone + "”不是时区数据库中的名称，如 Asia/Shanghai",
              "timeZone '" + timeZone + "' is not a time-zone ID such as Asia/Shanghai"));
    }
    if (dueSoonDays != null && (dueSoonDays < 0 || dueSoonDays > 90)) {
      problems.add(
          new Violation("dueSoonDays", null, "任务临近到期的提醒天数须为0至90天", "dueSoonDays must be 0 to 90"));
    }
    if (archiveWithinDays != null && (archiveWithinDays < 1 || archiveWithinDays > 366)) {
      problems.add(
          new Violation(
              "archiveWithinDays",
              null,
              "会议归档期限须为纪要签发后1至366天",
              "archiveWithinDays must be 1 to 366"));
    }
    return problems;
  }
}

package org.govmeeting.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.govmeeting.api.supervision.Task;

/**
 * The deadlines of supervised tasks (I1), as functions of the day they are judged on: time comes in
 * as an argument, so reminders and chasing are tested without waiting for days.
 */
final class SupervisionRules {
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private SupervisionRules() {}

  /** A deadline is a day in the district, whatever zone the server runs in. */
  static LocalDate today(Instant at) {
    return at.atZone(DISTRICT_ZONE).toLocalDate();
  }

  /** Past its due day: chased (催办) rather than reminded. */
  static boolean overdue(LocalDate due, LocalDate today) {
    return due.isBefore(today);
  }

  /** The last due day that counts as due soon, and so gets a reminder. */
  static LocalDate dueSoonUntil(LocalDate today, int dueSoonDays) {
    return today.plusDays(dueSoonDays);
  }

  static Task.Timeliness timeliness(
      Task.State state, LocalDate due, LocalDate today, int dueSoonDays) {
    if (state == Task.State.CLOSED) {
      return Task.Timeliness.DONE;
    }
    if (overdue(due, today)) {
      return Task.Timeliness.OVERDUE;
    }
    return due.isAfter(dueSoonUntil(today, dueSoonDays))
        ? Task.Timeliness.ON_TIME
        : Task.Timeliness.DUE_SOON;
  }
}

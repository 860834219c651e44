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
  private SupervisionRules() {}

  /**
   * A deadline is a day in the district ({@code zone}, the directory's setting), whatever zone the
   * server runs in.
   */
  static LocalDate today(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }

  /** The moment a task due on this day is late: the end of that day in the district. */
  static Instant endOf(LocalDate due, ZoneId zone) {
    return due.plusDays(1).atStartOfDay(zone).toInstant();
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

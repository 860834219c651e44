package org.govmeeting.supervision.internal;

/**
 * When reminders and chasing notices last went out, for an operator's JMX console ({@code
 * org.govmeeting:type=Reminders}, once Karaf's {@code management} feature is on). A round is the
 * hourly one or one asked for (POST /api/tasks/reminders); the figures are this node's since it
 * started.
 */
public interface RemindersMXBean {
  /** When the last round ended (ISO-8601), empty if none has yet. */
  String getLastRun();

  /** The notices the last round sent (each task and kind once a day, so often 0). */
  int getLastRunNotices();

  /** When the last round that failed did (ISO-8601), empty if none has. */
  String getLastFailure();

  /** Minutes between rounds; 0 when only rounds asked for run (chaseIntervalMinutes). */
  int getIntervalMinutes();
}

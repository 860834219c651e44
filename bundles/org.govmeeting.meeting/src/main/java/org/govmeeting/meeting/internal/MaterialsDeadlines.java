package org.govmeeting.meeting.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a meeting's materials are due: at the secretariat (M1) a day before they must reach the
 * attending leaders (M2), which is the policy's lead time before the meeting.
 */
record MaterialsDeadlines(Instant delivery, Instant distribution) {

  static MaterialsDeadlines of(Instant scheduledAt, int leadDays) {
    Instant distribution = scheduledAt.minus(Duration.ofDays(leadDays));
    return new MaterialsDeadlines(distribution.minus(Duration.ofDays(1)), distribution);
  }
}

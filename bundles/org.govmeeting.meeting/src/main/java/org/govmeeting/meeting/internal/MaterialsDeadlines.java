package org.govmeeting.meeting.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a meeting's materials are due (M1, M2). The attending leaders get them 1–2 days before the
 * meeting: the policy's lead time (two days in Qianjin) is the aim, and they are late only when
 * they arrive less than one day before. The departments deliver to the secretariat a day before the
 * aim.
 */
record MaterialsDeadlines(Instant delivery, Instant aim, Instant distribution) {

  static MaterialsDeadlines of(Instant scheduledAt, int leadDays) {
    Instant aim = scheduledAt.minus(Duration.ofDays(leadDays));
    Instant distribution = scheduledAt.minus(Duration.ofDays(Math.min(1, leadDays)));
    return new MaterialsDeadlines(aim.minus(Duration.ofDays(1)), aim, distribution);
  }
}

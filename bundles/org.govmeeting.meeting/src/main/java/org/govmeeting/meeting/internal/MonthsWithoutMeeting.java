package org.govmeeting.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * C3 (原则上): a month without a meeting is flagged until the mayor records why; the reason is the
 * recorded exception, never a silent skip.
 */
final class MonthsWithoutMeeting {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final Clock clock;

  MonthsWithoutMeeting(JpaTemplate jpa, Directory directory, Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.clock = clock;
  }

  List<MonthGap> gaps(YearMonth until) {
    return jpa.txExpr(
        TransactionType.Required, em -> MonthGapRepository.gaps(em, until, directory.zone()));
  }

  MonthGap excuse(YearMonth month, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.C3, "只有区长可以说明当月未召开会议的理由", "only the mayor records why a month had no meeting");
    }
    if (month == null) {
      throw new ValidationException("month", "请按“2026-03”的格式填写月份", "give the month as 2026-03");
    }
    String why = ValidationException.requireText("reason", reason, "未召开会议的理由");
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> MonthGapRepository.excuse(em, month, why, actor.personId(), now));
    return gaps(month.plusMonths(1)).stream()
        .filter(g -> g.month.equals(month.toString()))
        .findFirst()
        .orElseThrow(
            () ->
                new ConflictException(
                    Clause.C3,
                    month.getYear() + "年" + month.getMonthValue() + "月已召开会议，无需说明理由",
                    month + " had a meeting"));
  }
}

package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.rule.Clause;

/** Months without a meeting (C3), read from the meetings held, with the mayor's reasons. */
final class MonthGapRepository {
  private MonthGapRepository() {}

  /**
   * From the month of the first convening up to, not including, {@code until}; months as the
   * district's calendar ({@code zone}) has them.
   */
  static List<MonthGap> gaps(EntityManager em, YearMonth until, ZoneId zone) {
    List<MeetingRecord> all = MeetingRepository.bySchedule(em);
    List<MonthGap> out = new ArrayList<>();
    if (all.isEmpty()) {
      return out;
    }
    Set<YearMonth> held = new LinkedHashSet<>();
    for (MeetingRecord m : all) {
      if (PreparationRules.held(m.status)) {
        held.add(PreparationRules.month(m.scheduledAt.toInstant(), zone));
      }
    }
    YearMonth first = PreparationRules.month(all.get(0).convenedAt.toInstant(), zone);
    for (YearMonth ym : PreparationRules.monthsWithoutMeeting(first, held, until)) {
      out.add(toGap(ym, em.find(MonthExcuseRecord.class, ym.toString())));
    }
    return out;
  }

  /** Records the mayor's reason; a month's reason, once recorded, stands. */
  static void excuse(
      EntityManager em, YearMonth month, String reason, String recordedBy, Instant now) {
    if (em.find(MonthExcuseRecord.class, month.toString()) != null) {
      throw new ConflictException(
          Clause.C3,
          month.getYear() + "年" + month.getMonthValue() + "月未召开会议的理由已经记录",
          "a reason for " + month + " is already recorded");
    }
    MonthExcuseRecord r = new MonthExcuseRecord();
    r.month = month.toString();
    r.reason = reason;
    r.recordedBy = recordedBy;
    r.recordedAt = Timestamp.from(now);
    em.persist(r);
  }

  private static MonthGap toGap(YearMonth month, MonthExcuseRecord e) {
    MonthGap g = new MonthGap();
    g.month = month.toString();
    if (e != null) {
      g.excused = true;
      g.reason = e.reason;
      g.recordedBy = e.recordedBy;
      g.recordedAt = e.recordedAt.toInstant();
    }
    return g;
  }
}

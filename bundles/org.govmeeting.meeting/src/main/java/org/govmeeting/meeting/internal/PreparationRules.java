package org.govmeeting.meeting.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.TopicSummary;

/** The regulation's rules for preparing a meeting, as functions of what they decide on. */
final class PreparationRules {
  static final int LONGEST_REPORT_MINUTES = 240;

  private PreparationRules() {}

  // rule: S7 — a topic whose supervisor is on leave is not put on the agenda, unless lifted
  static boolean deferred(TopicSummary topic, Set<String> absent) {
    return absent.contains(topic.supervisorId) && !topic.overridden.contains(Clause.S7);
  }

  // rule: D1 — each report has a time limit
  static boolean validTimeLimit(int minutes) {
    return minutes >= 1 && minutes <= LONGEST_REPORT_MINUTES;
  }

  /** The Office's time limit for the report where it set one, else the configured default. */
  static int timeLimit(AgendaItemRepository.Setting set, int defaultMinutes) {
    return set != null && set.timeLimitMinutes() > 0 ? set.timeLimitMinutes() : defaultMinutes;
  }

  /**
   * The meeting notice (M1): number, time in the district ({@code zone}, the directory's), venue
   * and the agenda in order.
   */
  static String noticeText(Meeting meeting, Agenda agenda, ZoneId zone) {
    return "第"
        + meeting.number
        + "次区政府常务会议定于 "
        + meeting.scheduledAt.atZone(zone).toLocalDateTime()
        + " 在 "
        + (meeting.venue == null ? "（会场待定）" : meeting.venue)
        + " 召开。议程："
        + agenda.items.stream()
            .map(i -> i.position + ". " + i.title)
            .collect(Collectors.joining("；"));
  }

  /** A month counts as having a meeting when one sat in it. */
  static boolean held(Meeting.Status status) {
    return status == Meeting.Status.IN_SESSION || status == Meeting.Status.CLOSED;
  }

  /** The district's month at this moment: a meeting late on the 31st UTC may sit on the 1st. */
  static YearMonth month(Instant at, ZoneId zone) {
    return YearMonth.from(at.atZone(zone));
  }

  // rule: C3 — a regular meeting in principle every month
  static List<YearMonth> monthsWithoutMeeting(
      YearMonth first, Set<YearMonth> held, YearMonth until) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth ym = first; ym.isBefore(until); ym = ym.plusMonths(1)) {
      if (!held.contains(ym)) {
        out.add(ym);
      }
    }
    return out;
  }
}

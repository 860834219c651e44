package org.govmeeting.minutes.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.minutes.internal.print.Numerals;

/**
 * The text of the minutes: composed from the record, with what only the participants read between
 * markers (K3) and each decision on lines of its own, so an erratum can be kept off them (I2).
 */
final class MinutesText {
  static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  /** Lines between these markers hold what only the meeting's participants may read (K3). */
  static final String RESTRICTED_START = "〔限参会人员〕";

  static final String RESTRICTED_END = "〔/限参会人员〕";

  /** The lines that state a decision: its outcome, the revisions asked, each requirement. */
  static final List<String> DECISION_LINES = List.of("决定：", "修改意见：", "要求：");

  private final Directory directory;
  private final MeetingPlanner planner;

  MinutesText(Directory directory, MeetingPlanner planner) {
    this.directory = directory;
    this.planner = planner;
  }

  String compose(
      Meeting m,
      Attendance a,
      List<LeaveRequest> leave,
      List<Deliberation> items,
      Set<Long> confidential) {
    StringBuilder t = new StringBuilder();
    t.append("第").append(m.number).append("次区政府常务会议纪要\n");
    t.append("时间：").append(chineseDate(heldOn(m))).append("\n");
    t.append("地点：").append(m.venue == null ? "" : m.venue).append("\n");
    t.append("主持：").append(name(m.convenedBy)).append("\n");
    t.append("出席：").append(present(a, true)).append("\n");
    t.append("列席：").append(present(a, false)).append("\n");
    t.append("请假：").append(excused(a, leave)).append("\n\n");
    LawStudy law = planner.lawStudy(m.id);
    if (law != null) {
      // rule: T1 — the law study is recorded: subject, who led, who attended
      t.append("会前集体学法：")
          .append(law.subject)
          .append("，由")
          .append(name(law.leaderId))
          .append("领学。参加：")
          .append(
              a.roster.stream()
                  .filter(e -> e.signedInAt != null)
                  .map(e -> name(e.personId))
                  .collect(Collectors.joining("、")))
          .append("\n\n");
    }
    t.append("会议研究了以下事项：\n");
    int n = 1;
    for (Deliberation d : items) {
      boolean restricted =
          d.decision == null
              || d.decision.outcome == Decision.Outcome.DEFERRED
              || confidential.contains(d.topicId);
      if (restricted) {
        t.append(RESTRICTED_START).append("\n");
      }
      // GB/T 9704 §7.3.3: the first level of items is numbered 一、二、…
      t.append(Numerals.chinese(n++)).append("、").append(d.title).append("\n");
      t.append("汇报：").append(name(d.reporterId)).append("\n");
      t.append("决定：")
          .append(d.decision == null ? "未作决定" : outcome(d.decision.outcome))
          .append("\n");
      if (d.decision != null && d.decision.revisions != null) {
        t.append("修改意见：").append(d.decision.revisions).append("\n");
      }
      if (d.decision != null) {
        for (Requirement q : d.decision.requirements) {
          t.append("要求：")
              .append(q.what)
              .append("（责任单位：")
              .append(q.unitIds.stream().map(this::unitName).collect(Collectors.joining("、")))
              .append("；完成时限：")
              .append(q.due)
              .append("）\n");
        }
      }
      if (restricted) {
        t.append(RESTRICTED_END).append("\n");
      }
      t.append("\n");
    }
    return t.toString();
  }

  /**
   * The day the meeting was held: the day the mayor opened it, in the district's calendar; for a
   * meeting opened before that was recorded, the day it was scheduled for.
   */
  static LocalDate heldOn(Meeting m) {
    return (m.openedAt != null ? m.openedAt : m.scheduledAt).atZone(DISTRICT_ZONE).toLocalDate();
  }

  /** A date as official documents write it: 2026年12月1日. */
  static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * 出席 (members) or 列席 (everyone else: regular attendees C2, invited heads, delegates K1): who
   * signed in, whether or not they left before the end.
   */
  private String present(Attendance a, boolean members) {
    return a.roster.stream()
        .filter(
            e ->
                (e.kind == RosterEntry.Kind.MEMBER) == members
                    && (e.state == RosterEntry.State.SIGNED_IN
                        || e.state == RosterEntry.State.LEFT))
        .map(
            e ->
                e.kind == RosterEntry.Kind.DELEGATE && e.delegateFor != null
                    ? name(e.personId) + "（代" + name(e.delegateFor) + "）"
                    : name(e.personId))
        .collect(Collectors.joining("、"));
  }

  /**
   * 请假 (K1): everyone the roster has on approved leave, members first, each with the reason and any
   * delegate from their approved request.
   */
  private String excused(Attendance a, List<LeaveRequest> leave) {
    Map<String, LeaveRequest> approved = new HashMap<>();
    for (LeaveRequest l : leave) {
      if (l.kind == LeaveRequest.Kind.ABSENCE && l.state == LeaveRequest.State.APPROVED) {
        approved.put(l.personId, l);
      }
    }
    return a.roster.stream()
        .filter(e -> e.state == RosterEntry.State.ON_LEAVE)
        .sorted(Comparator.comparing(e -> e.kind != RosterEntry.Kind.MEMBER))
        .map(e -> name(e.personId) + why(approved.get(e.personId)))
        .collect(Collectors.joining("、"));
  }

  private String why(LeaveRequest l) {
    if (l == null) {
      return "";
    }
    String delegate = l.delegateId == null ? "" : "，委派" + name(l.delegateId) + "参加";
    return "（" + l.reason + delegate + "）";
  }

  static String outcome(Decision.Outcome o) {
    return switch (o) {
      case APPROVED -> "原则通过";
      case APPROVED_WITH_REVISIONS -> "原则通过，按会议意见修改完善后按程序报批";
      case NOT_APPROVED -> "不予通过";
      case DEFERRED -> "暂缓研究";
    };
  }

  private String name(String personId) {
    return personId == null ? "" : directory.person(personId).map(p -> p.name).orElse(personId);
  }

  private String unitName(String unitId) {
    return directory.unit(unitId).map(u -> u.name).orElse(unitId);
  }

  static String withoutRestricted(String text) {
    StringBuilder out = new StringBuilder();
    boolean skipping = false;
    for (String line : text.split("\n", -1)) {
      if (line.equals(RESTRICTED_START)) {
        skipping = true;
      } else if (line.equals(RESTRICTED_END)) {
        skipping = false;
      } else if (!skipping) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** Whether any character of {@code text[from, to)} lies between the restriction markers. */
  static boolean restricted(String text, int from, int to) {
    int at = 0;
    boolean inside = false;
    for (String line : text.split("\n", -1)) {
      int end = at + line.length();
      if (line.equals(RESTRICTED_START)) {
        inside = true;
      } else if (line.equals(RESTRICTED_END)) {
        inside = false;
      } else if (inside && from <= end && to > at) {
        return true;
      }
      at = end + 1;
    }
    return false;
  }

  /** Whether {@code text[from, to)} touches a line that states a decision (I2). */
  static boolean touchesDecision(String text, int from, int to) {
    int at = 0;
    for (String line : text.split("\n", -1)) {
      int end = at + line.length();
      if (from <= end && to > at && DECISION_LINES.stream().anyMatch(line::startsWith)) {
        return true;
      }
      at = end + 1;
    }
    return false;
  }
}

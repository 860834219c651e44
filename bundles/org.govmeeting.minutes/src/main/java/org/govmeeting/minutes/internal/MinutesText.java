package org.govmeeting.minutes.internal;

import java.time.ZoneId;
import java.util.List;
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
    t.append("时间：").append(m.scheduledAt.atZone(DISTRICT_ZONE).toLocalDate()).append("\n");
    t.append("地点：").append(m.venue == null ? "" : m.venue).append("\n");
    t.append("主持：").append(name(m.convenedBy)).append("\n");
    t.append("出席：").append(names(a, true)).append("\n");
    t.append("列席：").append(names(a, false)).append("\n");
    t.append("请假：")
        .append(
            leave.stream()
                .filter(
                    l ->
                        l.kind == LeaveRequest.Kind.ABSENCE
                            && l.state == LeaveRequest.State.APPROVED)
                .map(l -> name(l.personId) + "（" + l.reason + "）")
                .collect(Collectors.joining("、")))
        .append("\n\n");
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
      t.append(n++).append("、").append(d.title).append("\n");
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

  private String names(Attendance a, boolean members) {
    return a.roster.stream()
        .filter(
            e ->
                (e.kind == RosterEntry.Kind.MEMBER) == members
                    && e.state != RosterEntry.State.ON_LEAVE
                    && e.state != RosterEntry.State.EXPECTED)
        .map(e -> name(e.personId))
        .collect(Collectors.joining("、"));
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

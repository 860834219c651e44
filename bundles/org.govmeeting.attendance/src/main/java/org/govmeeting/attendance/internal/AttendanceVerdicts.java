package org.govmeeting.attendance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.rule.Clause;

/**
 * The attendance module's verdicts (C1 quorum, C2, K1, K2, K3, M4 sign-in), as functions of the
 * roster, the requests and the discipline entries, so each can be read against its clause and
 * tested without a database.
 */
final class AttendanceVerdicts {
  private AttendanceVerdicts() {}

  private static String link(ComplianceScope s, String rest) {
    return "/api/meetings/" + s.meeting.id + rest;
  }

  static Evidence signIn(ComplianceScope s, RosterEntry e) {
    return Evidence.of(
        Kind.SIGN_IN,
        e.late ? "签到（迟到）" : "签到",
        e.late ? "signed in, late" : "signed in",
        e.personId,
        e.signedInAt,
        link(s, "/attendance"));
  }

  /** Whether the person was in the room at that moment. */
  static boolean presentAt(RosterEntry e, Instant at) {
    return e.signedInAt != null
        && !e.signedInAt.isAfter(at)
        && (e.leftAt == null || e.leftAt.isAfter(at));
  }

  // rule: C1 — the meeting sits only with at least half of its members, as the policy counts
  static ClauseCheck quorum(
      ComplianceScope s, Attendance a, BiPredicate<Integer, Integer> quorate) {
    List<Evidence> signIns = new ArrayList<>();
    Instant opened = s.meeting.openedAt;
    int atOpening = 0;
    for (RosterEntry e : a.roster) {
      if (e.kind == RosterEntry.Kind.MEMBER && e.signedInAt != null) {
        signIns.add(signIn(s, e));
        atOpening += opened != null && presentAt(e, opened) ? 1 : 0;
      }
    }
    ClauseCheck c;
    if (!s.held()) {
      c =
          ClauseCheck.of(
              Clause.C1,
              s.phase == ComplianceReport.Phase.CANCELLED
                  ? Verdict.NOT_APPLICABLE
                  : s.missing(s.meeting.scheduledAt),
              "全体" + a.members + "名会议组成人员中已签到" + a.membersPresent + "名",
              a.membersPresent + " of " + a.members + " members signed in");
    } else if (opened == null) {
      // opened before the platform recorded when: the live count is all there is
      c = count(Clause.C1, quorate.test(a.membersPresent, a.members), a.membersPresent, a.members);
    } else {
      c = count(Clause.C1, quorate.test(atOpening, a.members), atOpening, a.members);
      c.reason += "（开会时）；现在场" + a.membersPresent + "名";
      c.reasonEnglish += " at the opening; " + a.membersPresent + " present now";
    }
    return c.aspect("法定人数", "quorum").with(signIns);
  }

  private static ClauseCheck count(Clause clause, boolean met, int present, int all) {
    return ClauseCheck.of(
        clause,
        met ? Verdict.MET : Verdict.NOT_MET,
        "全体" + all + "名会议组成人员中出席" + present + "名" + (met ? "，达到法定人数" : "，未达法定人数"),
        present + " of " + all + " members present" + (met ? ": quorate" : ": not quorate"));
  }

  // rule: C2 — the regular attendees sit in, or are excused (K1)
  static ClauseCheck regularAttendees(
      ComplianceScope s, Attendance a, List<LeaveRequest> leave, UnaryOperator<String> name) {
    List<String> missing = new ArrayList<>();
    ClauseCheck c = new ClauseCheck();
    int attendees = 0;
    for (RosterEntry e : a.roster) {
      if (e.kind != RosterEntry.Kind.ATTENDEE) {
        continue;
      }
      attendees++;
      if (e.signedInAt != null) {
        c.with(signIn(s, e));
      } else if (e.state == RosterEntry.State.ON_LEAVE) {
        c.with(approved(s, leave, e.personId));
      } else {
        missing.add(name.apply(e.personId));
      }
    }
    if (missing.isEmpty() && s.held()) {
      return ClauseCheck.of(
              Clause.C2,
              Verdict.MET,
              "全部" + attendees + "名常规列席人员已签到或经批准请假",
              "all " + attendees + " regular attendees signed in or were excused")
          .with(c.evidence);
    }
    if (missing.isEmpty()) {
      return ClauseCheck.of(Clause.C2, Verdict.PENDING, "会议尚未召开", "the meeting has not opened yet")
          .with(c.evidence);
    }
    return ClauseCheck.of(
            Clause.C2,
            s.missing(null),
            "常规列席人员未签到也未请假：" + String.join("、", missing),
            "regular attendees neither signed in nor excused: " + String.join(", ", missing))
        .with(c.evidence);
  }

  private static Evidence approved(ComplianceScope s, List<LeaveRequest> leave, String person) {
    for (LeaveRequest r : leave) {
      if (r.personId.equals(person)
          && r.kind == LeaveRequest.Kind.ABSENCE
          && r.state == LeaveRequest.State.APPROVED) {
        return leave(s, r);
      }
    }
    return null;
  }

  static Evidence leave(ComplianceScope s, LeaveRequest r) {
    String state =
        r.state == LeaveRequest.State.APPROVED
            ? "已批准"
            : r.state == LeaveRequest.State.REFUSED ? "未批准" : "待审批";
    String kind = r.kind == LeaveRequest.Kind.ABSENCE ? "请假" : "中途离场";
    String delegate = r.delegateId == null ? "" : "，委派" + r.delegateId + "参加";
    Evidence e =
        Evidence.of(
            Kind.LEAVE,
            kind + "：" + r.reason + delegate + "（" + state + (r.written ? "，书面申请" : "") + "）",
            (r.kind == LeaveRequest.Kind.ABSENCE ? "absence: " : "early departure: ")
                + r.reason
                + (r.delegateId == null ? "" : ", delegate " + r.delegateId)
                + " ("
                + r.state
                + (r.decidedBy == null ? "" : " by " + r.decidedBy)
                + ")",
            r.personId,
            r.decidedAt != null ? r.decidedAt : r.requestedAt,
            link(s, "/leave-requests"));
    return e.id(r.id);
  }

  // rule: K1 — attend on time; leave from the mayor, attendees in writing
  static ClauseCheck attendOnTime(
      ComplianceScope s, Attendance a, List<LeaveRequest> leave, UnaryOperator<String> name) {
    ClauseCheck c = new ClauseCheck();
    List<String> late = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    int waiting = 0;
    for (LeaveRequest r : leave) {
      if (r.kind == LeaveRequest.Kind.ABSENCE) {
        c.with(leave(s, r));
        waiting += r.state == LeaveRequest.State.PENDING ? 1 : 0;
      }
    }
    for (RosterEntry e : a.roster) {
      if (e.late) {
        late.add(name.apply(e.personId));
        c.with(signIn(s, e));
      }
      if (e.state == RosterEntry.State.EXPECTED && e.kind != RosterEntry.Kind.INVITED) {
        absent.add(name.apply(e.personId));
      }
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!late.isEmpty()) {
      zh.add("迟到：" + String.join("、", late));
      en.add("late: " + String.join(", ", late));
    }
    boolean over = s.phase == ComplianceReport.Phase.AFTER;
    if (over && !absent.isEmpty()) {
      zh.add("未请假缺席：" + String.join("、", absent));
      en.add("absent without leave: " + String.join(", ", absent));
    }
    if (!zh.isEmpty()) {
      return ClauseCheck.of(Clause.K1, Verdict.NOT_MET, String.join("；", zh), String.join("; ", en))
          .with(c.evidence);
    }
    if (waiting > 0) {
      return ClauseCheck.of(
              Clause.K1,
              s.missing(s.meeting.scheduledAt),
              waiting + "项请假申请尚待区长审批",
              waiting + " leave request(s) await the mayor")
          .with(c.evidence);
    }
    if (!s.held()) {
      return ClauseCheck.of(
              Clause.K1,
              Verdict.PENDING,
              "会议尚未召开；请假申请均已审批",
              "the meeting has not opened; every leave request is decided")
          .with(c.evidence);
    }
    return ClauseCheck.of(
            Clause.K1, Verdict.MET, "参会人员均准时出席或经批准请假", "everyone came on time or was excused")
        .with(c.evidence);
  }

  // rule: K2 — no leaving midway without leave, from the mayor or the executive vice-mayor
  static ClauseCheck noLeavingMidway(
      ComplianceScope s,
      Attendance a,
      List<LeaveRequest> leave,
      List<DisciplineEntry> discipline,
      UnaryOperator<String> name) {
    if (!s.held()) {
      return ClauseCheck.of(
          Clause.K2, Verdict.NOT_APPLICABLE, "会议尚未召开", "the meeting has not opened yet");
    }
    ClauseCheck c = new ClauseCheck();
    for (LeaveRequest r : leave) {
      if (r.kind == LeaveRequest.Kind.EARLY_DEPARTURE) {
        c.with(leave(s, r));
      }
    }
    List<String> breaches = new ArrayList<>();
    for (DisciplineEntry d : discipline) {
      if (d.kind == DisciplineEntry.Kind.LEFT_WITHOUT_LEAVE
          || d.kind == DisciplineEntry.Kind.PHONE_IN_MEETING) {
        breaches.add(name.apply(d.personId));
        c.with(discipline(s, d));
      }
    }
    int left = 0;
    for (RosterEntry e : a.roster) {
      left += e.leftAt != null ? 1 : 0;
    }
    if (!breaches.isEmpty()) {
      return ClauseCheck.of(
              Clause.K2,
              Verdict.NOT_MET,
              "违反会议纪律（中途无故离场或使用手机）：" + String.join("、", breaches),
              "left without leave or used a phone: " + String.join(", ", breaches))
          .with(c.evidence);
    }
    return ClauseCheck.of(
            Clause.K2,
            Verdict.MET,
            left == 0 ? "无人中途离场" : left + "人中途离场，均经批准",
            left == 0 ? "nobody left midway" : left + " left midway, each with leave")
        .with(c.evidence);
  }

  static Evidence discipline(ComplianceScope s, DisciplineEntry d) {
    return Evidence.of(
            Kind.DISCIPLINE,
            "纪律记录：" + d.kind + (d.note == null ? "" : "（" + d.note + "）"),
            "discipline: " + d.kind + (d.note == null ? "" : " (" + d.note + ")"),
            d.personId,
            d.recordedAt,
            link(s, "/discipline"))
        .id(d.id);
  }

  // rule: K3 — no recording or photography without the chair's approval; nothing disclosed
  static ClauseCheck recording(
      ComplianceScope s,
      List<RecordingRequest> requests,
      List<DisciplineEntry> discipline,
      UnaryOperator<String> name) {
    ClauseCheck c = new ClauseCheck();
    for (RecordingRequest r : requests) {
      c.with(
          Evidence.of(
                  Kind.RECORDING,
                  "录音录像申请：" + r.purpose + "（" + r.state + "）",
                  "recording request: " + r.purpose + " (" + r.state + ")",
                  r.decidedBy != null ? r.decidedBy : r.personId,
                  r.decidedAt,
                  link(s, "/recording-requests"))
              .id(r.id));
    }
    List<String> breaches = new ArrayList<>();
    for (DisciplineEntry d : discipline) {
      if (d.kind == DisciplineEntry.Kind.UNAUTHORISED_RECORDING
          || d.kind == DisciplineEntry.Kind.DISCLOSURE) {
        breaches.add(name.apply(d.personId));
        c.with(discipline(s, d));
      }
    }
    if (!breaches.isEmpty()) {
      return ClauseCheck.of(
              Clause.K3,
              Verdict.NOT_MET,
              "未经批准录音录像或泄露会议内容：" + String.join("、", breaches),
              "recorded without approval or disclosed: " + String.join(", ", breaches))
          .with(c.evidence);
    }
    if (!s.held() && requests.isEmpty()) {
      return ClauseCheck.of(
          Clause.K3, Verdict.NOT_APPLICABLE, "会议尚未召开", "the meeting has not opened yet");
    }
    return ClauseCheck.of(
            Clause.K3,
            Verdict.MET,
            requests.isEmpty() ? "无录音录像申请，无违规记录" : "录音录像均经区长审批，无违规记录",
            requests.isEmpty()
                ? "no recording asked for, no breach recorded"
                : "recording only as the mayor decided, no breach recorded")
        .aspect("录音录像", "recording")
        .with(c.evidence);
  }

  // rule: M4 — the Office runs the sign-in
  static ClauseCheck signInRun(ComplianceScope s, Attendance a) {
    ClauseCheck c = new ClauseCheck();
    for (RosterEntry e : a.roster) {
      if (e.signedInAt != null) {
        c.with(signIn(s, e));
      }
    }
    if (c.evidence.isEmpty()) {
      return ClauseCheck.of(
              Clause.M4, s.missing(s.meeting.scheduledAt), "尚无人签到", "nobody signed in yet")
          .aspect("签到", "sign-in")
          .due(s.meeting.scheduledAt);
    }
    return ClauseCheck.of(
            Clause.M4, Verdict.MET, c.evidence.size() + "人签到", c.evidence.size() + " signed in")
        .aspect("签到", "sign-in")
        .with(c.evidence);
  }
}

package org.govmeeting.meeting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Lift;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.TopicSummary;

/**
 * The meeting module's verdicts on the clauses it carries (C1 who convenes, C3, T1, S2, S7, M1, M2,
 * M4), as functions of the records they rest on, so each can be read against its clause and tested
 * without a database.
 */
final class MeetingVerdicts {
  private MeetingVerdicts() {}

  static String link(long meetingId, String rest) {
    return "/api/meetings/" + meetingId + rest;
  }

  // rule: C1 — the mayor convenes
  static ClauseCheck convened(Meeting m, boolean byMayor) {
    Evidence e =
        Evidence.of(
            Kind.MEETING,
            "召集第" + m.number + "次会议",
            "convened meeting no. " + m.number,
            m.convenedBy,
            m.convenedAt,
            link(m.id, ""));
    ClauseCheck c =
        byMayor
            ? ClauseCheck.of(Clause.C1, Verdict.MET, "会议由区长召集", "convened by the mayor")
            : ClauseCheck.of(Clause.C1, Verdict.NOT_MET, "会议不是由区长召集的", "not convened by the mayor");
    return c.aspect("召集", "who convenes").with(e);
  }

  // rule: C3 — 原则上 once a month; a month without a meeting needs the mayor's reason
  static List<ClauseCheck> monthly(Meeting m, List<MonthGap> gaps) {
    List<ClauseCheck> out = new ArrayList<>();
    String kind = m.kind == Meeting.Kind.EXTRA ? "临时召开的会议" : "例行会议";
    String kindEn = m.kind == Meeting.Kind.EXTRA ? "an extra meeting" : "the regular meeting";
    List<String> unexcused = new ArrayList<>();
    for (MonthGap g : gaps) {
      if (g.excused) {
        ClauseCheck c =
            ClauseCheck.of(
                Clause.C3,
                Verdict.LIFTED,
                g.month + "未召开会议，区长已说明理由",
                "no meeting in " + g.month + "; the mayor recorded why");
        c.lift = new Lift();
        c.lift.grantedBy = g.recordedBy;
        c.lift.grantedAt = g.recordedAt;
        c.lift.reason = g.reason;
        c.lift.subject = g.month;
        out.add(
            c.aspect("每月召开", "once a month")
                .with(
                    Evidence.of(
                        Kind.EXCEPTION,
                        g.month + "：" + g.reason,
                        g.month + ": " + g.reason,
                        g.recordedBy,
                        g.recordedAt,
                        "/api/meetings/gaps")));
      } else {
        unexcused.add(g.month);
      }
    }
    if (!unexcused.isEmpty()) {
      out.add(
          ClauseCheck.of(
                  Clause.C3,
                  Verdict.NOT_MET,
                  "上次会议以来" + String.join("、", unexcused) + "未召开会议，区长未说明理由",
                  "no meeting in " + String.join(", ", unexcused) + ", and no reason recorded")
              .aspect("每月召开", "once a month"));
    }
    if (out.isEmpty()) {
      out.add(
          ClauseCheck.of(
                  Clause.C3,
                  Verdict.MET,
                  "本次为" + kind + "；上次会议以来没有未开会的月份",
                  "this is " + kindEn + "; no month without a meeting since the last one")
              .aspect("每月召开", "once a month")
              .with(
                  Evidence.of(
                      Kind.MEETING, kind, kindEn, m.convenedBy, m.scheduledAt, link(m.id, ""))));
    }
    return out;
  }

  // rule: T1 — every meeting opens with the law study
  static ClauseCheck lawStudy(ComplianceScope s, LawStudy study) {
    if (study == null || study.area == null || study.subject == null) {
      return ClauseCheck.of(
              Clause.T1,
              s.missing(s.meeting.scheduledAt),
              "尚未安排会前集体学法",
              "no law study is set for the meeting")
          .due(s.meeting.scheduledAt);
    }
    return ClauseCheck.of(
            Clause.T1,
            Verdict.MET,
            "会前集体学法：" + study.subject + "（学法领域：" + area(study.area) + "），列为议程第一项",
            "law study: " + study.subject + " (" + study.area + "), first on the agenda")
        .with(
            Evidence.of(
                Kind.LAW_STUDY,
                "领学：" + study.subject,
                "leads the study: " + study.subject,
                study.leaderId,
                null,
                link(s.meeting.id, "/agenda")));
  }

  static String area(LawStudy.Area a) {
    switch (a) {
      case RULE_OF_LAW_THOUGHT:
        return "习近平法治思想";
      case CONSTITUTION:
        return "宪法";
      case LAWS_OF_GOVERNMENT_DUTIES:
        return "与政府履职密切相关的法律法规";
      default:
        return "监察法及党内法规";
    }
  }

  /**
   * An emergency decision as the planner's copy has it, with who reported it to the meeting and
   * when the Office recorded that it was heard (null while it was not, and for reports a meeting
   * closed by an earlier build heard).
   */
  record Emergency(
      long id,
      String what,
      String decidedBy,
      Instant decidedAt,
      String reporterId,
      Instant heardAt) {
    Emergency(long id, String what, String decidedBy, Instant decidedAt) {
      this(id, what, decidedBy, decidedAt, null, null);
    }
  }

  private static final String REPORTED = "向会议报告";
  private static final String REPORTED_ENGLISH = "reported to the meeting";

  // rule: S2 — emergency decisions are reported to the next meeting afterwards, and count as
  // reported only when that meeting actually heard the report as an agenda item
  static ClauseCheck emergencies(
      ComplianceScope s, List<Emergency> due, List<Emergency> heardHere, List<Emergency> missed) {
    if (due.isEmpty() && heardHere.isEmpty() && missed.isEmpty()) {
      return ClauseCheck.of(
              Clause.S2,
              Verdict.NOT_APPLICABLE,
              "没有须向本次会议报告的临机处置事项",
              "no emergency decision is due to be reported to this meeting")
          .aspect(REPORTED, REPORTED_ENGLISH);
    }
    ClauseCheck c;
    if (!missed.isEmpty()) {
      c =
          ClauseCheck.of(
              Clause.S2,
              Verdict.NOT_MET,
              missed.size() + "项列入议程的临机处置事项会议未听取报告，未视为已报告，顺延至下次会议",
              missed.size()
                  + " emergency report(s) on the agenda were not heard: not reported, moved to the"
                  + " next meeting");
    } else if (!due.isEmpty()) {
      c =
          ClauseCheck.of(
              Clause.S2,
              s.missing(null),
              due.size() + "项临机处置事项列入议程，须在会议中听取报告",
              due.size() + " emergency report(s) on the agenda, still to be heard");
    } else {
      c =
          ClauseCheck.of(
              Clause.S2,
              Verdict.MET,
              heardHere.size() + "项临机处置事项已向本次会议报告",
              heardHere.size() + " emergency decision(s) reported to this meeting");
    }
    for (Emergency e : heardHere) {
      c.with(heard(e));
    }
    for (Emergency e : missed) {
      c.with(emergency(e, "未听取报告：", "not heard: "));
    }
    for (Emergency e : due) {
      c.with(emergency(e, "待报告：", "to be reported: "));
    }
    return c.aspect(REPORTED, REPORTED_ENGLISH);
  }

  private static Evidence heard(Emergency e) {
    if (e.heardAt() == null) {
      return emergency(e, "已报告：", "reported: ");
    }
    return Evidence.of(
            Kind.EMERGENCY,
            "已听取报告：" + e.what() + "（报告人：" + e.reporterId() + "）",
            "heard: " + e.what() + " (reported by " + e.reporterId() + ")",
            e.reporterId(),
            e.heardAt(),
            "/api/emergency-decisions")
        .id(e.id());
  }

  private static Evidence emergency(Emergency e, String zh, String en) {
    return Evidence.of(
            Kind.EMERGENCY,
            zh + e.what(),
            en + e.what(),
            e.decidedBy(),
            e.decidedAt(),
            "/api/emergency-decisions")
        .id(e.id());
  }

  // rule: S7 — 原则上: the absent supervisor's topics are not put on the agenda
  static ClauseCheck supervisorAbsent(
      ComplianceScope s, TopicSummary t, Set<String> absent, UnaryOperator<String> name) {
    if (!s.listed.contains(t.id)) {
      return notListed(s, Clause.S7, t.id);
    }
    if (!absent.contains(t.supervisorId)) {
      return ClauseCheck.of(
              Clause.S7,
              Verdict.MET,
              "分管副区长" + name.apply(t.supervisorId) + "未请假，议题列入议程",
              "the supervisor " + t.supervisorId + " is not on leave: the topic is on the agenda")
          .topic(t.id);
    }
    RuleOverride lift = null;
    for (RuleOverride o : t.overrides == null ? List.<RuleOverride>of() : t.overrides) {
      // lifted for this topic as it is and for the meeting it is on, not an earlier one
      if (o.clause == Clause.S7 && o.inForce) {
        lift = o;
      }
    }
    if (lift == null) {
      return ClauseCheck.of(
              Clause.S7,
              Verdict.MET,
              "分管副区长" + name.apply(t.supervisorId) + "请假，议题不予上会，顺延至下次会议",
              "the supervisor "
                  + t.supervisorId
                  + " is on leave: the topic goes to the next meeting")
          .topic(t.id)
          .with(
              Evidence.of(
                  Kind.LEAVE,
                  "请假，不参加本次会议",
                  "on leave from this meeting",
                  t.supervisorId,
                  null,
                  link(s.meeting.id, "/leave-requests")));
    }
    ClauseCheck c =
        ClauseCheck.of(
                Clause.S7,
                Verdict.LIFTED,
                "分管副区长" + name.apply(t.supervisorId) + "请假，区长同意议题仍上会：" + lift.reason,
                "the supervisor is on leave; the mayor kept the topic on the agenda: "
                    + lift.reason)
            .topic(t.id);
    c.lift = new Lift();
    c.lift.grantedBy = lift.grantedBy;
    c.lift.grantedAt = lift.grantedAt;
    c.lift.reason = lift.reason;
    c.lift.meetingId = s.meeting.id;
    return c.with(
        Evidence.of(
            Kind.EXCEPTION,
            "区长对S7作例外处理：" + lift.reason,
            "the mayor lifted S7: " + lift.reason,
            lift.grantedBy,
            lift.grantedAt,
            "/api/topics/" + t.id));
  }

  /** A clause about the agenda, for a topic not (yet) on the approved list. */
  static ClauseCheck notListed(ComplianceScope s, Clause clause, long topicId) {
    boolean before = s.phase == org.govmeeting.api.compliance.ComplianceReport.Phase.BEFORE;
    return ClauseCheck.of(
            clause,
            before ? Verdict.PENDING : Verdict.NOT_APPLICABLE,
            before ? "议题尚未列入经区长审定的议题表" : "议题未列入本次会议议题表",
            before
                ? "the topic is not yet on the approved list"
                : "the topic is not on this meeting's list")
        .topic(topicId);
  }
}

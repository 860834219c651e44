package org.govmeeting.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Lift;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.PublicConsultation;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.TopicEvent;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicStatus;
import org.govmeeting.intake.internal.IntakeVerdicts.Subject;

/**
 * Intake's verdicts on the conditions of submitting a topic (S1, S3, S4, S6, S8) and the mayor's
 * exceptions to the 原则上 ones, as functions of the topic as recorded.
 */
final class SubmittingVerdicts {
  private SubmittingVerdicts() {}

  /** The mayor's exception for the clause still in force for the topic as it is, if any. */
  static Lift lift(Subject t, Clause clause) {
    RuleOverride found = null;
    for (RuleOverride o :
        t.topic().overrides == null ? List.<RuleOverride>of() : t.topic().overrides) {
      // one granted for an earlier form (or meeting) does not count for what the topic is now
      if (o.clause == clause && o.inForce) {
        found = o;
      }
    }
    if (found == null) {
      return null;
    }
    Lift l = new Lift();
    l.grantedBy = found.grantedBy;
    l.grantedAt = found.grantedAt;
    l.reason = found.reason;
    l.topicVersion = found.topicVersion;
    l.meetingId = found.meetingId;
    return l;
  }

  private static ClauseCheck lifted(Clause c, Subject t, Lift l, String zh, String en) {
    ClauseCheck out =
        IntakeVerdicts.check(
            c,
            Verdict.LIFTED,
            t,
            zh + "，区长已作例外处理：" + l.reason,
            en + "; lifted by the mayor: " + l.reason);
    out.lift = l;
    return out.with(
        Evidence.of(
            Kind.EXCEPTION,
            "区长对" + c + "作例外处理：" + l.reason,
            "the mayor lifted " + c + ": " + l.reason,
            l.grantedBy,
            l.grantedAt,
            t.link()));
  }

  // rule: S1 — 原则上 raised by the responsible department
  static ClauseCheck raisedBy(ComplianceScope s, Subject t) {
    Evidence created = null;
    for (TopicEvent e : t.events()) {
      if ("CREATED".equals(e.kind)) {
        created = Evidence.of(Kind.FORM, "提出议题", "raised the topic", e.actorId, e.at, t.link());
      }
    }
    boolean byDepartment =
        t.form().leadUnitId != null && t.form().leadUnitId.equals(t.raisedByUnit());
    if (byDepartment) {
      return IntakeVerdicts.check(
              Clause.S1, Verdict.MET, t, "议题由牵头部门提出", "raised by the lead department")
          .aspect("提出", "raised by")
          .with(created);
    }
    Lift l = lift(t, Clause.S1);
    if (l != null) {
      return lifted(Clause.S1, t, l, "议题不是由牵头部门提出", "not raised by the lead department")
          .aspect("提出", "raised by")
          .with(created);
    }
    return IntakeVerdicts.check(
            Clause.S1,
            Verdict.NOT_MET,
            t,
            "议题不是由牵头部门提出，也无区长的例外处理",
            "not raised by the lead department, and not lifted by the mayor")
        .aspect("提出", "raised by")
        .with(created);
  }

  // rule: S3 — consulted on, agreed, or the dissent stated and the mayor's consent
  static ClauseCheck consulted(ComplianceScope s, Subject t) {
    TopicForm f = t.form();
    List<Consultation> cs = f.consultations == null ? List.of() : f.consultations;
    List<Evidence> evidence = new ArrayList<>();
    List<String> dissent = new ArrayList<>();
    for (Consultation c : cs) {
      if (c == null) {
        continue;
      }
      boolean agrees = c.answer == Consultation.Answer.AGREE;
      if (!agrees) {
        dissent.add(c.unitId);
      }
      evidence.add(
          Evidence.of(
              Kind.CONSULTATION,
              c.unitId + (agrees ? "：同意" : "：不同意，" + c.opinion + "；解决方案：" + c.solution),
              c.unitId
                  + (agrees
                      ? ": agrees"
                      : ": disagrees, " + c.opinion + "; solution: " + c.solution),
              null,
              null,
              t.link()));
    }
    Lift l = lift(t, Clause.S3);
    if (f.urgent && l != null) {
      // the mayor confirmed the emergency: neither consultation nor agreement is required
      return lifted(
              Clause.S3,
              t,
              l,
              "突发事件等紧急事项，经区长确认免于征求意见和协调一致：" + f.urgentReason,
              "an emergency the mayor confirmed: exempt from consultation and agreement: "
                  + f.urgentReason)
          .with(IntakeVerdicts.form(t, "紧急事项", "urgent"))
          .with(evidence);
    }
    if (f.urgent && (cs.isEmpty() || !dissent.isEmpty())) {
      return IntakeVerdicts.check(
              Clause.S3,
              IntakeVerdicts.missing(s, t),
              t,
              "申报为紧急事项，尚未经区长确认",
              "declared an emergency, not yet confirmed by the mayor")
          .with(IntakeVerdicts.form(t, "紧急事项", "urgent"))
          .with(evidence);
    }
    if (cs.isEmpty()) {
      return l != null
          ? lifted(Clause.S3, t, l, "议题未征求相关单位意见", "not consulted on")
          : IntakeVerdicts.check(
              Clause.S3,
              IntakeVerdicts.missing(s, t),
              t,
              "议题未征求相关单位意见",
              "not consulted on with the units concerned");
    }
    if (!dissent.isEmpty()) {
      String zh = "征求意见单位有分歧意见：" + String.join("、", dissent);
      String en = "units disagree: " + String.join(", ", dissent);
      return (l != null
              ? lifted(Clause.S3, t, l, zh, en)
              : IntakeVerdicts.check(
                  Clause.S3,
                  IntakeVerdicts.missing(s, t),
                  t,
                  zh + "，尚无区长同意",
                  en + ", without the mayor's consent"))
          .with(evidence);
    }
    return IntakeVerdicts.check(
            Clause.S3,
            Verdict.MET,
            t,
            "已征求" + cs.size() + "个单位意见，均无分歧",
            cs.size() + " unit(s) consulted, all agree")
        .with(evidence);
  }

  // rule: S4 — a normative document's public consultation ended, its outcome recorded
  static ClauseCheck publicConsultation(ComplianceScope s, Subject t) {
    TopicForm f = t.form();
    if (!FormRules.normative(f)) {
      return IntakeVerdicts.check(
              Clause.S4, Verdict.NOT_APPLICABLE, t, "不是行政规范性文件", "not a normative document")
          .aspect("社会公开程序", "public consultation");
    }
    PublicConsultation pc = f.publicConsultation;
    if (pc != null && PublicConsultations.completed(pc, t.submittedOn())) {
      return IntakeVerdicts.check(
              Clause.S4,
              Verdict.MET,
              t,
              "社会公开程序已履行：" + pc.from + "至" + pc.to + "，" + pc.channel + "，收到意见" + pc.comments + "条",
              "consulted "
                  + pc.from
                  + " to "
                  + pc.to
                  + " via "
                  + pc.channel
                  + ", "
                  + pc.comments
                  + " comments")
          .aspect("社会公开程序", "public consultation")
          .with(
              Evidence.of(
                  Kind.CONSULTATION,
                  "处理结果：" + pc.handling,
                  "outcome: " + pc.handling,
                  null,
                  null,
                  t.link()));
    }
    return IntakeVerdicts.check(
            Clause.S4,
            IntakeVerdicts.missing(s, t),
            t,
            pc == null ? "未记录社会公开程序" : "社会公开程序尚未结束或未记录处理结果",
            pc == null
                ? "no public consultation recorded"
                : "the consultation is running or its outcome unrecorded")
        .aspect("社会公开程序", "public consultation");
  }

  // rule: S6 — the party committee's remit: reported to its principal leader first
  static ClauseCheck preReported(ComplianceScope s, Subject t) {
    TopicForm f = t.form();
    boolean applies = FormRules.partyCommitteeRemit(f);
    if (!applies) {
      return IntakeVerdicts.check(
          Clause.S6,
          Verdict.NOT_APPLICABLE,
          t,
          "不属于区委常委会议事范围，也无须提交区委（T7、F9）",
          "not within the party committee's remit, nor going to it (T7, F9)");
    }
    if (f.partyPreReport == null) {
      return IntakeVerdicts.check(
          Clause.S6,
          IntakeVerdicts.missing(s, t),
          t,
          "未记录向区委主要领导报告",
          "no report to the party committee's principal leader");
    }
    return IntakeVerdicts.check(
            Clause.S6,
            Verdict.MET,
            t,
            "已向区委主要领导报告：" + f.partyPreReport.result,
            "reported to the party committee's principal leader: " + f.partyPreReport.result)
        .with(
            Evidence.of(
                Kind.CONSULTATION,
                "报告人" + f.partyPreReport.reportedBy + "，" + f.partyPreReport.reportedOn,
                "reported by " + f.partyPreReport.reportedBy + " on " + f.partyPreReport.reportedOn,
                null,
                null,
                t.link()));
  }

  // rule: S8 — 原则上 what the supervisor can settle is not submitted
  static ClauseCheck settled(Subject t) {
    if (t.topic().status == TopicStatus.SETTLED) {
      return IntakeVerdicts.check(
              Clause.S8,
              Verdict.MET,
              t,
              "分管副区长在职权范围内办结，未提交会议",
              "settled by the supervisor, not submitted")
          .with(
              Evidence.of(
                  Kind.FORM,
                  "办结：" + t.topic().closingNote,
                  "settled: " + t.topic().closingNote,
                  t.topic().supervisorId,
                  t.topic().updatedAt,
                  t.link()));
    }
    Lift l = lift(t, Clause.S8);
    if (l != null) {
      return lifted(
          Clause.S8, t, l, "属分管副区长职权范围内可研究解决的事项", "within the supervisor's own authority");
    }
    return IntakeVerdicts.check(
        Clause.S8,
        Verdict.MET,
        t,
        "分管副区长未在职权范围内办结，提请会议研究",
        "not settled within the supervisor's own authority: raised for the meeting");
  }
}

package org.govmeeting.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicEvent;
import org.govmeeting.api.topic.TopicForm;

/**
 * Intake's verdicts on a topic (T2–T9, P1–P3, F1–F3, F9, I2; S1, S3, S4, S6 and S8 in {@link
 * SubmittingVerdicts}), as functions of the topic as recorded, its history and the mayor's
 * exceptions, so each can be read against its clause and tested without a database.
 */
final class IntakeVerdicts {
  private IntakeVerdicts() {}

  /** The topic with what the verdicts need beside it. */
  record Subject(Topic topic, List<TopicEvent> events, LocalDate submittedOn, String raisedByUnit) {
    TopicForm form() {
      return topic.form;
    }

    long id() {
      return topic.id;
    }

    String link() {
      return "/api/topics/" + topic.id;
    }

    /** Whether the department may still change the form: then what is missing may yet come. */
    boolean draft() {
      return topic.status == null || topic.status.editable();
    }
  }

  /** What is missing from a draft may still come before the cut-off; from a submitted one, not. */
  static Verdict missing(ComplianceScope s, Subject t) {
    return t.draft() ? s.missing(s.meeting.cutoff) : Verdict.NOT_MET;
  }

  static ClauseCheck check(Clause c, Verdict v, Subject t, String zh, String en) {
    return ClauseCheck.of(c, v, zh, en).topic(t.id());
  }

  static Evidence form(Subject t, String zh, String en) {
    return Evidence.of(Kind.FORM, zh, en, t.topic.createdBy, t.topic.updatedAt, t.link());
  }

  // rule: T2 T3 T4 T5 T6 T7 T8 T9 — a topic has exactly one category
  static List<ClauseCheck> category(Subject t) {
    List<ClauseCheck> out = new ArrayList<>();
    Category mine = t.form().category;
    for (Category c : Category.values()) {
      if (c == mine) {
        out.add(
            check(c.clause(), Verdict.MET, t, "议题类别为" + c.clause(), "the topic is of " + c.clause())
                .with(form(t, "议题类别：" + c.clause(), "category: " + c.clause())));
      } else {
        out.add(
            check(
                c.clause(),
                Verdict.NOT_APPLICABLE,
                t,
                mine == null ? "议题尚未选择类别" : "议题属于" + mine.clause() + "类",
                mine == null ? "no category chosen yet" : "the topic is of " + mine.clause()));
      }
    }
    return out;
  }

  // rule: F1 F2 F3 F9 — the fields of the topic form
  static List<ClauseCheck> formFields(ComplianceScope s, Subject t, UnaryOperator<String> name) {
    TopicForm f = t.form();
    List<ClauseCheck> out = new ArrayList<>();
    out.add(
        blank(f.name)
            ? check(Clause.F1, missing(s, t), t, "未填写议题名称", "no topic name")
            : check(Clause.F1, Verdict.MET, t, "议题名称：" + f.name, "name: " + f.name)
                .with(form(t, f.name, f.name)));
    out.add(
        blank(f.reporterId)
            ? check(Clause.F2, missing(s, t), t, "未填写汇报人", "no reporter")
            : check(Clause.F2, Verdict.MET, t, "汇报人：" + name.apply(f.reporterId), "reporter")
                .with(
                    Evidence.of(
                        Kind.FORM, "汇报人", "reporter", f.reporterId, t.topic.updatedAt, t.link())));
    List<String> attending = f.attendingUnitIds == null ? List.of() : f.attendingUnitIds;
    out.add(
        blank(f.leadUnitId)
            ? check(Clause.F3, missing(s, t), t, "未填写牵头单位", "no lead unit")
            : check(
                    Clause.F3,
                    Verdict.MET,
                    t,
                    "牵头单位："
                        + f.leadUnitId
                        + (attending.isEmpty() ? "；无列席单位" : "；列席单位：" + String.join("、", attending)),
                    "lead unit " + f.leadUnitId + ", attending " + attending)
                .with(form(t, "牵头单位及列席单位", "lead and attending units")));
    out.add(
        check(
                Clause.F9,
                Verdict.MET,
                t,
                "是否须提交区委常委会：" + (f.toPartyCommittee ? "是" : "否"),
                "to the party committee: " + (f.toPartyCommittee ? "yes" : "no"))
            .with(form(t, f.toPartyCommittee ? "是" : "否", f.toPartyCommittee ? "yes" : "no")));
    return out;
  }

  // rule: P1 — the implementation opinion and the topic explanation go with the form
  static ClauseCheck materials(ComplianceScope s, Subject t) {
    TopicForm f = t.form();
    List<Evidence> files = new ArrayList<>();
    boolean opinionFile = false;
    for (MaterialFile m : t.topic.files == null ? List.<MaterialFile>of() : t.topic.files) {
      opinionFile |= m.kind == MaterialFile.Kind.IMPLEMENTATION_OPINION;
      files.add(
          Evidence.of(
                  Kind.FORM,
                  m.fileName + "（SHA-256 " + m.sha256 + "）",
                  m.fileName + " (SHA-256 " + m.sha256 + ")",
                  m.uploadedBy,
                  m.uploadedAt,
                  t.link() + "/files/" + m.id)
              .id(m.id));
    }
    boolean opinion = !blank(f.implementationOpinion) || opinionFile;
    if (!opinion || f.explanation == null) {
      return check(
              Clause.P1,
              missing(s, t),
              t,
              !opinion ? "未报送实施意见" : "未报送议题说明",
              !opinion ? "no implementation opinion" : "no topic explanation")
          .with(files);
    }
    return check(
            Clause.P1,
            Verdict.MET,
            t,
            "已报送实施意见和议题说明",
            "implementation opinion and explanation sent")
        .with(form(t, "实施意见、议题说明", "implementation opinion, explanation"))
        .with(files);
  }

  // rule: P2 — every normative document, and what needs one, carries the interpretation
  static ClauseCheck interpretation(ComplianceScope s, Subject t) {
    TopicForm f = t.form();
    if (!FormRules.needsInterpretation(f)) {
      return check(
          Clause.P2,
          Verdict.NOT_APPLICABLE,
          t,
          "不是行政规范性文件，部门未标注需要政策解读",
          "not a normative document, and not marked as needing interpretation");
    }
    Interpretation i = f.interpretation;
    boolean whole =
        i != null
            && !blank(i.background)
            && !blank(i.basis)
            && !blank(i.unitsConcerned)
            && !blank(i.beneficiaries)
            && !blank(i.content)
            && !blank(i.benefitChannels)
            && !blank(i.procedure);
    return whole
        ? check(
                Clause.P2,
                Verdict.MET,
                t,
                "政策解读材料七项要素齐全",
                "the interpretation has all seven elements")
            .with(form(t, "政策解读", "policy interpretation"))
        : check(
            Clause.P2,
            missing(s, t),
            t,
            "政策解读材料缺失或要素不全",
            "the interpretation is missing or incomplete");
  }

  // rule: P3 — the explanation's four parts, at most 2000 characters
  static ClauseCheck explanation(ComplianceScope s, Subject t) {
    var e = t.form().explanation;
    if (e == null
        || blank(e.background)
        || blank(e.process)
        || blank(e.content)
        || blank(e.questions)) {
      return check(
          Clause.P3, missing(s, t), t, "议题说明四个部分不全", "the explanation lacks one of its four parts");
    }
    int n = FormRules.length(e);
    return n > FormRules.EXPLANATION_LIMIT
        ? check(
            Clause.P3,
            missing(s, t),
            t,
            "议题说明" + n + "字，超过2000字",
            "the explanation has " + n + " characters, over 2000")
        : check(
                Clause.P3,
                Verdict.MET,
                t,
                "议题说明四个部分齐全，共" + n + "字",
                "four parts, " + n + " characters")
            .with(form(t, "议题说明", "topic explanation"));
  }

  // rule: I2 — a decided matter changes only through a new topic
  static ClauseCheck revises(Subject t) {
    TopicForm f = t.form();
    if (f.revisesMeetingId == null) {
      return check(Clause.I2, Verdict.NOT_APPLICABLE, t, "不是对会议决定的修改", "revises no decision")
          .aspect("修改决定", "revision");
    }
    return check(
            Clause.I2,
            Verdict.MET,
            t,
            "按规定程序重新报审，修改第" + f.revisesMeetingId + "号会议对议题" + f.revisesTopicId + "的决定",
            "filed through the procedure to revise the decision on topic " + f.revisesTopicId)
        .aspect("修改决定", "revision")
        .with(
            Evidence.of(
                Kind.REVISION,
                "修改的决定",
                "the decision revised",
                null,
                null,
                "/api/deliberations/" + f.revisesMeetingId + "/" + f.revisesTopicId));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

package org.govmeeting.intake.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violations;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.Explanation;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.PartyPreReport;
import org.govmeeting.api.topic.PolicyDocumentKind;
import org.govmeeting.api.topic.PublicConsultation;
import org.govmeeting.api.topic.TopicForm;

/**
 * What the topic form itself must satisfy, whatever the district's policy: a draft needs enough to
 * be filed; a submission needs the whole form and its materials (F1-F3, F9, P1-P3, S3's stated
 * solutions). Each failure names the JSON field and, where a clause demands it, the clause.
 */
final class FormRules {
  /** P3: "as short as possible, at most 2000 characters", counted as characters, not bytes. */
  static final int EXPLANATION_LIMIT = 2000;

  private FormRules() {}

  static void draft(TopicForm f) {
    if (f == null) {
      throw new ValidationException("body", null, "请填写议题填报表", "the topic form is required");
    }
    Violations v = new Violations();
    draft(f, v);
    v.throwIfAny();
  }

  /** What a draft needs, added to {@code v}. */
  private static void draft(TopicForm f, Violations v) {
    if (v.require("name", f.name, Clause.F1, "议题名称") && f.name.length() > 300) {
      v.add("name", Clause.F1, "议题名称不超过300字", "name is at most 300 characters");
    }
    if (f.category == null) {
      v.add(
          "category",
          null,
          "议题类别为必填项，须为T2至T9之一（见 GET /api/topics/form）",
          "category must be exactly one of T2-T9");
    }
    if (f.explanation != null && length(f.explanation) > EXPLANATION_LIMIT) {
      v.add(
          "explanation",
          Clause.P3,
          "议题说明共" + length(f.explanation) + "字，最长不超过" + EXPLANATION_LIMIT + "字",
          "the topic explanation is "
              + length(f.explanation)
              + " characters; at most "
              + EXPLANATION_LIMIT);
    }
  }

  /**
   * P2: every administrative normative document needs the policy interpretation, whatever the form
   * says; any other topic needs one where the department marks it so (an important policy that is
   * broad, close to people's livelihoods, of high public concern or specialised, or another policy
   * needing it: the regulation leaves that judgement to the department).
   */
  static boolean needsInterpretation(TopicForm f) {
    return normative(f) || f.needsInterpretation;
  }

  /** An administrative normative document: as the T4 form answers it, or as marked (S4, F6, P2). */
  static boolean normative(TopicForm f) {
    return f.normativeDocument || f.policyDocumentKind == PolicyDocumentKind.NORMATIVE_DOCUMENT;
  }

  /** S6 applies: marked so, a T7 topic, or one going on to the party committee (F9). */
  static boolean partyCommitteeRemit(TopicForm f) {
    return f.partyCommitteeRemit
        || f.toPartyCommittee
        || f.category == Category.PARTY_COMMITTEE_OR_CONGRESS;
  }

  /**
   * The whole form on the day of submission ({@code submittedOn}, the district's date), which
   * decides whether a public consultation has ended (S4).
   *
   * @throws ValidationException with every problem of the form at once
   */
  static void submission(
      TopicForm f, Set<MaterialFile.Kind> files, Set<String> units, LocalDate submittedOn) {
    problems(f, files, units, submittedOn).throwIfAny();
  }

  /** Every problem of the form for a submission, in the order of the form (附1). */
  static Violations problems(
      TopicForm f, Set<MaterialFile.Kind> files, Set<String> units, LocalDate submittedOn) {
    Violations v = new Violations();
    if (f == null) {
      return v.add("body", null, "请填写议题填报表", "the topic form is required");
    }
    draft(f, v);
    v.require("reporterId", f.reporterId, Clause.F2, "汇报人");
    v.require("leadUnitId", f.leadUnitId, Clause.F3, "牵头单位");
    if (f.attendingUnitIds != null) {
      for (int i = 0; i < f.attendingUnitIds.size(); i++) {
        String u = f.attendingUnitIds.get(i);
        if (!units.contains(u)) {
          v.add(
              "attendingUnitIds[" + i + "]",
              Clause.F3,
              "列席单位“" + u + "”不存在",
              "unit '" + u + "' does not exist");
        }
      }
    }
    // rule: P1 — the implementation opinion and the topic explanation go with the form
    if (blank(f.implementationOpinion)
        && !files.contains(MaterialFile.Kind.IMPLEMENTATION_OPINION)) {
      v.add(
          "implementationOpinion",
          Clause.P1,
          "须报送实施意见（填写文字或上传文件）",
          "the implementation opinion is required, as text or as an uploaded file");
    }
    Explanation e = f.explanation;
    if (e == null) {
      v.add("explanation", Clause.P1, "须报送议题说明", "the topic explanation is required");
    } else {
      v.require("explanation.background", e.background, Clause.P3, "议题说明：背景、缘由");
      v.require("explanation.process", e.process, Clause.P3, "议题说明：研究、讨论的过程");
      v.require("explanation.content", e.content, Clause.P3, "议题说明：主要内容");
      v.require("explanation.questions", e.questions, Clause.P3, "议题说明：提请研究解决的问题");
    }
    // rule: T4 — the form asks whether the document is normative; S4, F6, P2 follow from it
    if (f.category == Category.NORMATIVE_DOCUMENT) {
      // normativeDocument = true answers it too; false is also what a box left off says
      if (f.policyDocumentKind == null && !f.normativeDocument) {
        v.add(
            "policyDocumentKind",
            Clause.T4,
            "政策文件类议题须注明是否为行政规范性文件（NORMATIVE_DOCUMENT 或 OTHER_POLICY_DOCUMENT）",
            "a T4 topic states whether it is an administrative normative document");
      } else if (f.normativeDocument
          && f.policyDocumentKind == PolicyDocumentKind.OTHER_POLICY_DOCUMENT) {
        v.add(
            "policyDocumentKind",
            Clause.T4,
            "填报表标注为行政规范性文件，但文件类型填为其他政策文件，二者须一致",
            "marked a normative document but its kind is another policy document");
      }
    } else if (normative(f)) {
      v.add(
          "category",
          Clause.T4,
          "行政规范性文件属于T4类议题（政策文件和行政规范性文件），请将议题类别改为T4",
          "an administrative normative document is a T4 topic");
    }
    // rule: S3 — an emergency says why; the mayor confirms it by lifting S3
    if (f.urgent) {
      v.require("urgentReason", f.urgentReason, Clause.S3, "紧急事项的理由");
    }
    // rule: P2 — a normative document always carries the interpretation
    if (needsInterpretation(f)) {
      interpretation(f, v);
    }
    List<Consultation> cs = f.consultations == null ? List.of() : f.consultations;
    for (int i = 0; i < cs.size(); i++) {
      Consultation c = cs.get(i);
      String at = "consultations[" + i + "]";
      if (c == null || blank(c.unitId) || !units.contains(c.unitId)) {
        v.add(at + ".unitId", Clause.S3, "请填写存在的征求意见单位", "name a unit that exists");
        continue;
      }
      if (c.answer == null) {
        v.add(at + ".answer", Clause.S3, "请填写该单位的意见：同意或不同意", "AGREE or DISAGREE");
      } else if (c.answer == Consultation.Answer.DISAGREE) {
        v.require(at + ".opinion", c.opinion, Clause.S3, "分歧意见");
        // an emergency is exempt from agreement (除突发事件等紧急事项外); the dissent is still stated
        if (!f.urgent) {
          v.require(at + ".solution", c.solution, Clause.S3, "解决方案或倾向性意见");
        }
      }
    }
    // rule: S4 — a normative document's consultation must have ended, with its outcome recorded;
    // none at all is the policy's finding (S4), so that a district's policy decides that one
    PublicConsultation pc = f.publicConsultation;
    if (pc != null) {
      v.addAll(PublicConsultations.problems(pc, normative(f), submittedOn));
    }
    PartyPreReport pr = f.partyPreReport;
    if (pr != null) {
      v.require("partyPreReport.reportedBy", pr.reportedBy, Clause.S6, "向区委主要领导报告的报告人");
      v.require("partyPreReport.reportedOn", pr.reportedOn, Clause.S6, "报告日期");
      v.require("partyPreReport.result", pr.result, Clause.S6, "报告结果");
    }
    return v;
  }

  private static void interpretation(TopicForm f, Violations v) {
    Interpretation i = f.interpretation;
    if (i == null) {
      v.add(
          "interpretation",
          Clause.P2,
          normative(f) ? "行政规范性文件须报送政策解读材料，包括七项解读重点" : "需进行政策解读的议题须报送政策解读材料，包括七项解读重点",
          normative(f)
              ? "an administrative normative document always carries its policy interpretation,"
                  + " with its seven elements"
              : "a topic needing interpretation carries its seven elements");
      return;
    }
    v.require("interpretation.background", i.background, Clause.P2, "政策解读：背景缘由");
    v.require("interpretation.basis", i.basis, Clause.P2, "政策解读：政策依据");
    v.require("interpretation.unitsConcerned", i.unitsConcerned, Clause.P2, "政策解读：涉及单位");
    v.require("interpretation.beneficiaries", i.beneficiaries, Clause.P2, "政策解读：受益群体");
    v.require("interpretation.content", i.content, Clause.P2, "政策解读：主要内容");
    v.require("interpretation.benefitChannels", i.benefitChannels, Clause.P2, "政策解读：受益渠道");
    v.require("interpretation.procedure", i.procedure, Clause.P2, "政策解读：操作程序");
  }

  /** The explanation's length in characters (Unicode code points), all four parts together. */
  static int length(Explanation e) {
    return count(e.background) + count(e.process) + count(e.content) + count(e.questions);
  }

  private static int count(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

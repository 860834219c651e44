package org.govmeeting.intake.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.Explanation;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.PartyPreReport;
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
      throw new ValidationException("body", "the topic form is required");
    }
    required("name", f.name, Clause.F1);
    if (f.name.length() > 300) {
      throw new ValidationException("name", "name is at most 300 characters", Clause.F1);
    }
    if (f.category == null) {
      throw new ValidationException("category", "category must be exactly one of T2-T9");
    }
    if (f.explanation != null && length(f.explanation) > EXPLANATION_LIMIT) {
      throw new ValidationException(
          "explanation",
          "the topic explanation is "
              + length(f.explanation)
              + " characters; at most "
              + EXPLANATION_LIMIT,
          Clause.P3);
    }
  }

  /**
   * P2: every administrative normative document needs the policy interpretation, whatever the form
   * says; any other topic needs one where the department marks it so (an important policy that is
   * broad, close to people's livelihoods, of high public concern or specialised, or another policy
   * needing it: the regulation leaves that judgement to the department).
   */
  static boolean needsInterpretation(TopicForm f) {
    return f.normativeDocument || f.needsInterpretation;
  }

  /**
   * The whole form on the day of submission ({@code submittedOn}, the district's date), which
   * decides whether a public consultation has ended (S4).
   */
  static void submission(
      TopicForm f, Set<MaterialFile.Kind> files, Set<String> units, LocalDate submittedOn) {
    draft(f);
    required("reporterId", f.reporterId, Clause.F2);
    required("leadUnitId", f.leadUnitId, Clause.F3);
    if (f.attendingUnitIds != null) {
      for (int i = 0; i < f.attendingUnitIds.size(); i++) {
        if (!units.contains(f.attendingUnitIds.get(i))) {
          throw new ValidationException(
              "attendingUnitIds[" + i + "]",
              "unit '" + f.attendingUnitIds.get(i) + "' does not exist",
              Clause.F3);
        }
      }
    }
    // rule: P1 — the implementation opinion and the topic explanation go with the form
    if (blank(f.implementationOpinion)
        && !files.contains(MaterialFile.Kind.IMPLEMENTATION_OPINION)) {
      throw new ValidationException(
          "implementationOpinion",
          "the implementation opinion is required, as text or as an uploaded file",
          Clause.P1);
    }
    Explanation e = f.explanation;
    if (e == null) {
      throw new ValidationException("explanation", "the topic explanation is required", Clause.P1);
    }
    required("explanation.background", e.background, Clause.P3);
    required("explanation.process", e.process, Clause.P3);
    required("explanation.content", e.content, Clause.P3);
    required("explanation.questions", e.questions, Clause.P3);
    // rule: P2 — a normative document always carries the interpretation
    if (needsInterpretation(f)) {
      Interpretation i = f.interpretation;
      if (i == null) {
        throw new ValidationException(
            "interpretation",
            f.normativeDocument
                ? "an administrative normative document always carries its policy interpretation,"
                    + " with its seven elements"
                : "a topic needing interpretation carries its seven elements",
            Clause.P2);
      }
      required("interpretation.background", i.background, Clause.P2);
      required("interpretation.basis", i.basis, Clause.P2);
      required("interpretation.unitsConcerned", i.unitsConcerned, Clause.P2);
      required("interpretation.beneficiaries", i.beneficiaries, Clause.P2);
      required("interpretation.content", i.content, Clause.P2);
      required("interpretation.benefitChannels", i.benefitChannels, Clause.P2);
      required("interpretation.procedure", i.procedure, Clause.P2);
    }
    List<Consultation> cs = f.consultations == null ? List.of() : f.consultations;
    for (int i = 0; i < cs.size(); i++) {
      Consultation c = cs.get(i);
      String at = "consultations[" + i + "]";
      if (c == null || blank(c.unitId) || !units.contains(c.unitId)) {
        throw new ValidationException(at + ".unitId", "name a unit that exists", Clause.S3);
      }
      if (c.answer == null) {
        throw new ValidationException(at + ".answer", "AGREE or DISAGREE", Clause.S3);
      }
      if (c.answer == Consultation.Answer.DISAGREE) {
        required(at + ".opinion", c.opinion, Clause.S3);
        required(at + ".solution", c.solution, Clause.S3);
      }
    }
    // rule: S4 — a normative document's consultation must have ended, with its outcome recorded;
    // none at all is the policy's finding (S4), so that a district's policy decides that one
    PublicConsultation pc = f.publicConsultation;
    if (pc != null) {
      PublicConsultations.check(pc, f.normativeDocument, submittedOn);
    }
    PartyPreReport pr = f.partyPreReport;
    if (pr != null) {
      required("partyPreReport.reportedBy", pr.reportedBy, Clause.S6);
      if (pr.reportedOn == null) {
        throw new ValidationException(
            "partyPreReport.reportedOn", "the date is required", Clause.S6);
      }
      required("partyPreReport.result", pr.result, Clause.S6);
    }
  }

  /** The explanation's length in characters (Unicode code points), all four parts together. */
  static int length(Explanation e) {
    return count(e.background) + count(e.process) + count(e.content) + count(e.questions);
  }

  private static int count(String s) {
    return s == null ? 0 : s.codePointCount(0, s.length());
  }

  private static void required(String field, String value, Clause clause) {
    if (blank(value)) {
      throw new ValidationException(field, field + " is required", clause);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

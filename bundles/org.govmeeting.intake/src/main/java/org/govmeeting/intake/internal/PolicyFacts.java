package org.govmeeting.intake.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.TopicForm;

/** What the district's policy is told about a topic being submitted, read off its form. */
final class PolicyFacts {
  private PolicyFacts() {}

  /** The facts on the day of submission ({@code submittedOn}, the district's date). */
  static TopicFacts of(
      TopicRecord t, TopicForm form, Set<Clause> overridden, LocalDate submittedOn) {
    TopicFacts f = new TopicFacts();
    f.topicId = t.id;
    f.category = form.category;
    f.leadUnitId = t.leadUnitId;
    f.supervisorId = t.supervisorId;
    f.fiscal = form.fiscal;
    f.normativeDocument = FormRules.normative(form);
    f.legalReviewAsked = t.legalReviewAskedBy != null;
    f.needsInterpretation = FormRules.needsInterpretation(form);
    f.partyCommitteeRemit = FormRules.partyCommitteeRemit(form);
    f.toPartyCommittee = form.toPartyCommittee;
    // rule: S3 — an emergency counts once the mayor has confirmed it (lifted S3 for this form)
    f.urgent = form.urgent && overridden.contains(Clause.S3);
    List<Consultation> cs = form.consultations == null ? List.of() : form.consultations;
    f.consulted = !cs.isEmpty();
    f.dissent = cs.stream().anyMatch(c -> c != null && c.answer == Consultation.Answer.DISAGREE);
    // S4: recorded is not enough; a consultation still running is not done
    f.publicConsultationDone = PublicConsultations.completed(form.publicConsultation, submittedOn);
    f.partyPreReported = form.partyPreReport != null;
    f.overridden = overridden;
    return f;
  }
}

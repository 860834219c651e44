package org.govmeeting.intake.internal;

import java.util.List;
import java.util.Set;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.TopicForm;

/** What the district's policy is told about a topic being submitted, read off its form. */
final class PolicyFacts {
  private PolicyFacts() {}

  static TopicFacts of(TopicRecord t, TopicForm form, Set<Clause> overridden) {
    TopicFacts f = new TopicFacts();
    f.topicId = t.id;
    f.category = form.category;
    f.leadUnitId = t.leadUnitId;
    f.supervisorId = t.supervisorId;
    f.fiscal = form.fiscal;
    f.normativeDocument = form.normativeDocument;
    f.needsInterpretation = form.needsInterpretation;
    f.partyCommitteeRemit = form.partyCommitteeRemit;
    f.toPartyCommittee = form.toPartyCommittee;
    f.urgent = form.urgent;
    List<Consultation> cs = form.consultations == null ? List.of() : form.consultations;
    f.consulted = !cs.isEmpty();
    f.dissent = cs.stream().anyMatch(c -> c.answer == Consultation.Answer.DISAGREE);
    f.publicConsultationDone = form.publicConsultation != null;
    f.partyPreReported = form.partyPreReport != null;
    f.overridden = overridden;
    return f;
  }
}

package org.govmeeting.api.topic;

import java.util.List;

/**
 * The topic form (议题填报表, Annex 1) with the materials, as a department fills it in. Fields F4-F8 of
 * the form are signatures, given through the review chain, not written here.
 */
public class TopicForm {
  /** F1. */
  public String name;

  /** F2: the person who reports the topic to the meeting (D1). */
  public String reporterId;

  /** F3: the lead unit. */
  public String leadUnitId;

  /** F3: the attending units. */
  public List<String> attendingUnitIds;

  /** Exactly one of T2-T9. */
  public Category category;

  /**
   * The supervising vice-mayor or party-group member. Left empty it is the lead unit's supervisor;
   * a different person needs {@link #supervisorReason}.
   */
  public String supervisorId;

  public String supervisorReason;

  /** Major fiscal spending, financing or debt (S5, F5). */
  public boolean fiscal;

  /**
   * An administrative normative document (S4, F6, P2). For a T4 topic the form answers it through
   * {@link #policyDocumentKind}; this flag, where set, says the same and must agree with it.
   */
  public boolean normativeDocument;

  /**
   * T4: what the topic adopts, a normative document or another policy document. Required for every
   * T4 topic, so that S4, F6 and P2 follow from the category and not from a box left unticked.
   */
  public PolicyDocumentKind policyDocumentKind;

  /**
   * Needs a policy interpretation (P2) although it is not a normative document: an important policy
   * document that is broad, close to people's livelihoods, of high public concern or specialised,
   * or another policy needing one. A normative document ({@link #normativeDocument}) always needs
   * the interpretation, whatever this says.
   */
  public boolean needsInterpretation;

  /**
   * Within the party committee standing committee's remit (S6). A T7 topic, or one going on to the
   * party committee ({@link #toPartyCommittee}), is within it whatever this says.
   */
  public boolean partyCommitteeRemit;

  /** F9: must go on to the district party committee's standing committee. */
  public boolean toPartyCommittee;

  /**
   * An emergency (突发事件等紧急事项, S3's exception). It needs {@link #urgentReason}, and takes effect only
   * once the mayor confirms it by lifting S3 for the topic: then neither consultation nor agreement
   * is required.
   */
  public boolean urgent;

  /** S3: why the matter is an emergency; required where {@link #urgent}. */
  public String urgentReason;

  /** P1: the implementation opinion (实施意见), as text. */
  public String implementationOpinion;

  /** P1, P3. */
  public Explanation explanation;

  /** P2: required for every normative document and wherever {@link #needsInterpretation}. */
  public Interpretation interpretation;

  /** S3, F4. */
  public List<Consultation> consultations;

  /**
   * S4, where {@link #normativeDocument}: the consultation must have ended before the topic is
   * submitted, with its outcome ({@link PublicConsultation#handling}) recorded.
   */
  public PublicConsultation publicConsultation;

  /** S6, where {@link #partyCommitteeRemit}. */
  public PartyPreReport partyPreReport;

  /** The meeting the department asks for; the review decides which meeting it reaches (S9). */
  public Long meetingId;

  /**
   * I2: the decision this topic revises, by the meeting and topic it was taken on. A decided matter
   * changes only through a new topic that runs the whole procedure again.
   */
  public Long revisesMeetingId;

  public Long revisesTopicId;
}

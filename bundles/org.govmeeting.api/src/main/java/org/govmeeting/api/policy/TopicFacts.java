package org.govmeeting.api.policy;

import java.util.Set;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;

/** What a policy may know about a topic to check it and build its chain (the form's facts). */
public class TopicFacts {
  public long topicId;
  public Category category;
  public String leadUnitId;
  public String supervisorId;

  /** Major fiscal spending, financing or debt (S5, F5). */
  public boolean fiscal;

  /**
   * An administrative normative document (S4, F6): as the T4 form answers it, or as the department
   * marked the form.
   */
  public boolean normativeDocument;

  /**
   * F6: the Government Office or the supervising vice-mayor asked for the Justice Bureau's legality
   * review (其他法律性较强的事项): the chain has the F6 step as for a normative document.
   */
  public boolean legalReviewAsked;

  /**
   * Needs a policy interpretation (P2): always true for a normative document, otherwise as the
   * department marked the form.
   */
  public boolean needsInterpretation;

  /**
   * Within the party committee standing committee's remit (S6): as marked, and always for a T7
   * topic or one going on to the party committee (F9).
   */
  public boolean partyCommitteeRemit;

  /** Must go on to the party committee (F9). */
  public boolean toPartyCommittee;

  /**
   * An emergency as the mayor confirmed it (S3's exception): declared urgent with a reason, and S3
   * lifted by the mayor for the form as it is. A department's own checkbox alone is not enough.
   */
  public boolean urgent;

  /** Whether any unit was consulted (S3). */
  public boolean consulted;

  /** Whether any consulted unit disagrees (S3). */
  public boolean dissent;

  /**
   * Whether the public consultation is done (S4): its period ended before the day of submission and
   * its outcome is recorded. One still running is not done.
   */
  public boolean publicConsultationDone;

  /** Whether the report to the party committee's principal leader is recorded (S6). */
  public boolean partyPreReported;

  /** The "in principle" clauses the mayor has lifted for this topic. */
  public Set<Clause> overridden = Set.of();
}

package org.govmeeting.api.policy;

import org.govmeeting.api.rule.Clause;

/**
 * What a policy may know about a topic to build its chain of sign-offs (the topic form's flags).
 */
public class TopicFacts {
  /** The topic's category, one of {@link Clause#T2} to {@link Clause#T9}. */
  public Clause category;

  public String leadUnitId;
  public String supervisorId;

  /** Major fiscal spending, financing or debt (S5, F5). */
  public boolean fiscal;

  /** An administrative normative document (S4, F6). */
  public boolean normativeDocument;

  /** Needs a policy interpretation (P2). */
  public boolean needsInterpretation;

  /** Within the party committee standing committee's remit (S6). */
  public boolean partyCommitteeRemit;

  /** Must go on to the party committee (F9). */
  public boolean toPartyCommittee;

  public boolean urgent;
}

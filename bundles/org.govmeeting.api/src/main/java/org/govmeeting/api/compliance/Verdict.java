package org.govmeeting.api.compliance;

/** How the record stands against one clause. */
public enum Verdict {
  /** The record shows the clause met; the evidence says by what. */
  MET,
  /** The record shows the clause broken, or a step it asks for missing when it was due. */
  NOT_MET,
  /** A 原则上 rule the mayor lifted, recorded: who, when, why, for which version ({@link Lift}). */
  LIFTED,
  /**
   * Not yet done and not yet due: what is still missing before (or during) the meeting. Run after
   * the meeting, a step still missing that was due is {@link #NOT_MET}.
   */
  PENDING,
  /**
   * The clause does not apply here; the reason says why (a topic of another category, no fiscal
   * matter).
   */
  NOT_APPLICABLE,
  /** No running module judged it: the module that carries it is down, or failed to answer. */
  NOT_CHECKED
}

package org.govmeeting.api.minutes;

import java.time.Instant;
import java.util.List;

/** The chair's decision on an item (D3); never changed once recorded (I2). */
public class Decision {
  public enum Outcome {
    APPROVED,
    APPROVED_WITH_REVISIONS,
    NOT_APPROVED,
    DEFERRED
  }

  public Outcome outcome;

  /** With APPROVED_WITH_REVISIONS: what to revise and who. */
  public String revisions;

  public List<Requirement> requirements;

  /** Who decided: the mayor, or whom the mayor entrusted. */
  public String decidedBy;

  /** Set when the chair acted on the mayor's entrustment. */
  public String entrustedBy;

  public Instant decidedAt;

  /**
   * What the decision drew on (D3, 集中多数同志的正确意见): how many of those present stated no objection and
   * how many an opinion when it was taken, and who stated an opinion (their words are in the item's
   * positions). Read from the record, which never changes after the decision.
   */
  public int noObjections;

  public int opinions;

  public List<String> opinionsBy;
}

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
}

package org.govmeeting.api.review;

import java.time.Instant;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;

/** One sign-off of a chain, and, once acted on, who acted, in which role, when and how. */
public class Step {
  public long id;

  /** Steps of the same stage may be signed in any order; a stage opens when the last closes. */
  public int stage;

  /** The role that signs; {@code null} when the step names a person (e.g. the lead unit's head). */
  public Role role;

  /** The person who must sign, where the step is bound to one. */
  public String signerId;

  public Clause clause;

  /**
   * The district's own clause that demanded the step, as the policy named it when the chain was
   * built; null where the regulation's {@link #clause} is meant.
   *
   * @since 1.4
   */
  public DistrictClause own;

  public String label;

  /** The label in English, where the policy gives one. */
  public String labelEnglish;

  public StepState state;

  public String actorId;
  public Role actorRole;
  public Instant actedAt;
  public String comment;

  /**
   * At the supervising vice-mayor's signature (F7), their answer to S8: whether the topic can be
   * settled within their own authority. Null on every other step.
   */
  public Boolean withinAuthority;

  /** Who asked for this step after the chain started (F6), and why; null for the policy's own. */
  public String requestedBy;

  public String requestReason;
}

package org.govmeeting.api.policy;

import org.govmeeting.api.directory.Role;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;

/** One sign-off a policy asks for: who signs, which clause demands it, and in which stage. */
public class ReviewStep {
  /** Who must sign a step. */
  public enum Signer {
    /** Any holder of {@link ReviewStep#role}. */
    ROLE,
    /** The topic's supervising vice-mayor or party-group member (F7). */
    SUPERVISOR,
    /** The head of the topic's lead unit (F4). */
    LEAD_UNIT_HEAD
  }

  /** Steps of one stage may be signed in any order; stage n+1 opens when stage n is signed. */
  public int stage;

  public Signer signer = Signer.ROLE;

  /** The role that signs, for {@link Signer#ROLE}. */
  public Role role;

  /** The regulation's clause that demands the step; under a district's own, the one it rests on. */
  public Clause clause;

  /**
   * The district's own clause that demands the step, which the chain records and shows instead of
   * {@link #clause}; null where the regulation's is meant.
   *
   * @since 1.6
   */
  public DistrictClause own;

  /** What the signer attests, for the form and the screen, in Chinese. */
  public String label;

  /** The same in English, for callers who ask for it; {@code null} if the policy gives none. */
  public String labelEnglish;

  public ReviewStep() {}

  /** A step labelled in both languages. */
  public ReviewStep(
      int stage, Signer signer, Role role, Clause clause, String label, String labelEnglish) {
    this(stage, signer, role, clause, label);
    this.labelEnglish = labelEnglish;
  }

  public ReviewStep(int stage, Signer signer, Role role, Clause clause, String label) {
    this.stage = stage;
    this.signer = signer;
    this.role = role;
    this.clause = clause;
    this.label = label;
  }

  /** A step signed by any holder of a role. */
  public static ReviewStep byRole(int stage, Role role, Clause clause, String label) {
    return new ReviewStep(stage, Signer.ROLE, role, clause, label);
  }

  /** A step signed by any holder of a role, labelled in both languages. */
  public static ReviewStep byRole(
      int stage, Role role, Clause clause, String label, String labelEnglish) {
    return new ReviewStep(stage, Signer.ROLE, role, clause, label, labelEnglish);
  }

  /**
   * This step, demanded by the district's own clause: it is recorded and shown with that clause's
   * ID, and its {@link #clause} becomes the regulation's one the district's rests on.
   *
   * @return this step
   * @since 1.6
   */
  public ReviewStep under(DistrictClause own) {
    this.own = java.util.Objects.requireNonNull(own, "own");
    this.clause = own.basis();
    return this;
  }
}

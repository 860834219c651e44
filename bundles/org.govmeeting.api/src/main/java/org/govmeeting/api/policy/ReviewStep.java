package org.govmeeting.api.policy;

import org.govmeeting.api.directory.Role;
import org.govmeeting.api.rule.Clause;

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

  public Clause clause;

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
}

package org.govmeeting.api.policy;

import org.govmeeting.api.directory.Role;
import org.govmeeting.api.rule.Clause;

/** One sign-off a topic needs: which role signs, and which clause demands it. */
public class ReviewStep {
  public Role role;
  public Clause clause;

  /** What the signer attests, for the form and the screen. */
  public String label;

  public ReviewStep() {}

  public ReviewStep(Role role, Clause clause, String label) {
    this.role = role;
    this.clause = clause;
    this.label = label;
  }
}

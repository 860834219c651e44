package org.govmeeting.api.policy;

import org.govmeeting.api.rule.Clause;

/** A rule a topic does not (yet) meet, as a policy finds it. */
public class Finding {
  public Clause clause;

  /** What is wrong, in English. */
  public String message;

  /**
   * What is wrong, in Chinese: what the district's staff read; {@code null} if the policy has none.
   */
  public String chinese;

  public Finding() {}

  public Finding(Clause clause, String message) {
    this.clause = clause;
    this.message = message;
  }

  public Finding(Clause clause, String chinese, String message) {
    this(clause, message);
    this.chinese = chinese;
  }
}

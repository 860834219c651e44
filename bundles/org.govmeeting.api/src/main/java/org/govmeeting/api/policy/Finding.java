package org.govmeeting.api.policy;

import org.govmeeting.api.rule.Clause;

/** A rule a topic does not (yet) meet, as a policy finds it. */
public class Finding {
  public Clause clause;
  public String message;

  public Finding() {}

  public Finding(Clause clause, String message) {
    this.clause = clause;
    this.message = message;
  }
}

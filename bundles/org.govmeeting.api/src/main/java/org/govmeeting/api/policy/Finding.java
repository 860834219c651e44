package org.govmeeting.api.policy;

import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;

/** A rule a topic does not (yet) meet, as a policy finds it. */
public class Finding {
  /** The regulation's clause; under a district's own clause, the one it rests on. */
  public Clause clause;

  /**
   * The district's own clause, which problems show instead of {@link #clause}; null where the
   * regulation's is meant.
   *
   * @since 1.6
   */
  public DistrictClause own;

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

  /**
   * A finding under the district's own clause, the message in both languages; {@link #clause} is
   * the one it rests on.
   *
   * @since 1.6
   */
  public Finding(DistrictClause own, String chinese, String message) {
    this(own.basis(), chinese, message);
    this.own = own;
  }
}

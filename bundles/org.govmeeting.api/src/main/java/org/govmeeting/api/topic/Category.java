package org.govmeeting.api.topic;

import org.govmeeting.api.rule.Clause;

/** The kind of business a topic is (T2-T9); a topic has exactly one. */
public enum Category {
  RELAY_AND_IMPLEMENT(Clause.T2),
  MAJOR_MATTER(Clause.T3),
  NORMATIVE_DOCUMENT(Clause.T4),
  WORK_REPORT_AND_PLANS(Clause.T5),
  HIGHER_GOVERNMENT(Clause.T6),
  PARTY_COMMITTEE_OR_CONGRESS(Clause.T7),
  ASSETS_AND_LAND(Clause.T8),
  DEPARTMENT_WORK(Clause.T9);

  private final Clause clause;

  Category(Clause clause) {
    this.clause = clause;
  }

  /** The clause of the regulation that names this category. */
  public Clause clause() {
    return clause;
  }

  /** The category a clause names, for clients that speak in clause IDs. */
  public static Category of(Clause clause) {
    for (Category c : values()) {
      if (c.clause == clause) {
        return c;
      }
    }
    throw new IllegalArgumentException(clause + " is not a topic category");
  }
}

package org.govmeeting.api.error;

import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;

/**
 * One problem of a request: the field it concerns (a JSON path such as {@code
 * consultations[0].solution}, or {@code null} for the request as a whole), the clause that demands
 * it, and what is wrong in Chinese and in English. Where a district's policy names the rule itself,
 * {@code own} is that clause, and {@code clause} the regulation's it rests on.
 */
public record Violation(
    String field, Clause clause, String chinese, String english, DistrictClause own)
    implements java.io.Serializable {

  /** A problem under the regulation's own clause. */
  public Violation(String field, Clause clause, String chinese, String english) {
    this(field, clause, chinese, english, null);
  }

  /**
   * The ID a person is shown: the district's own where its policy names one, else the regulation's;
   * null where no clause is the cause.
   *
   * @since 1.5
   */
  public String clauseId() {
    return own != null ? own.id() : clause == null ? null : clause.name();
  }

  /** The message in Chinese, or in English where asked for. */
  public String message(boolean inEnglish) {
    return inEnglish || chinese == null ? english : chinese;
  }
}

package org.govmeeting.api.error;

import org.govmeeting.api.rule.Clause;

/**
 * One problem of a request: the field it concerns (a JSON path such as {@code
 * consultations[0].solution}, or {@code null} for the request as a whole), the clause that demands
 * it, and what is wrong in Chinese and in English.
 */
public record Violation(String field, Clause clause, String chinese, String english)
    implements java.io.Serializable {
  /** The message in Chinese, or in English where asked for. */
  public String message(boolean inEnglish) {
    return inEnglish || chinese == null ? english : chinese;
  }
}

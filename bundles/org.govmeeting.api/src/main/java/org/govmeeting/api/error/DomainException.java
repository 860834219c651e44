package org.govmeeting.api.error;

import java.util.Optional;
import org.govmeeting.api.rule.Clause;

/**
 * The base of every error a service raises on purpose. The REST layer turns each kind into one
 * problem response; anything else is an internal error and is logged, never shown.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Clause clause;
  private final String chinese;

  /** An error whose message is in English only (the log's language). */
  protected DomainException(String message, Clause clause) {
    this(null, message, clause);
  }

  /**
   * An error with its message in both languages: Chinese for the district's staff, English for the
   * log and for callers who ask for it.
   */
  protected DomainException(String chinese, String english, Clause clause) {
    super(english);
    this.clause = clause;
    this.chinese = chinese;
  }

  /** The message in Chinese, or in English where asked for or where there is no Chinese one. */
  public String message(boolean english) {
    return english || chinese == null ? getMessage() : chinese;
  }

  /** The clause of the regulation this error enforces, if a rule is the cause. */
  public Optional<Clause> clause() {
    return Optional.ofNullable(clause);
  }

  /** A short, stable title for the kind of error. */
  public abstract String title();
}

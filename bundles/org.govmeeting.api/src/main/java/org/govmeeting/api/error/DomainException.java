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

  protected DomainException(String message, Clause clause) {
    super(message);
    this.clause = clause;
  }

  /** The clause of the regulation this error enforces, if a rule is the cause. */
  public Optional<Clause> clause() {
    return Optional.ofNullable(clause);
  }

  /** A short, stable title for the kind of error. */
  public abstract String title();
}

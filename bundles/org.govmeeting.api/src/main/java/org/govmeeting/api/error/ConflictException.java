package org.govmeeting.api.error;

import org.govmeeting.api.rule.Clause;

/**
 * The request is well formed but clashes with the current state, e.g. a duplicate or a signed
 * record.
 */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message, null);
  }

  public ConflictException(String message, Clause clause) {
    super(message, clause);
  }

  @Override
  public String title() {
    return "Conflict with the current state";
  }
}

package org.govmeeting.api.error;

import java.util.Objects;
import org.govmeeting.api.rule.Clause;

/** The request would break a clause of the regulation. The clause is always named. */
public class RuleViolationException extends DomainException {
  private static final long serialVersionUID = 1L;

  public RuleViolationException(Clause clause, String message) {
    super(message, Objects.requireNonNull(clause, "clause"));
  }

  @Override
  public String title() {
    return "Rule " + clause().orElseThrow().name() + " violated";
  }
}

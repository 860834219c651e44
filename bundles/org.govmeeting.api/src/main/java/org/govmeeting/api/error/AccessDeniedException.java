package org.govmeeting.api.error;

import org.govmeeting.api.rule.Clause;

/** The caller is known but their role does not allow this act. */
public class AccessDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message, null);
  }

  public AccessDeniedException(String message, Clause clause) {
    super(message, clause);
  }

  /** Refused, the message in both languages. */
  public AccessDeniedException(String chinese, String english) {
    super(chinese, english, null);
  }

  /** Refused by a clause of the regulation, the message in both languages. */
  public AccessDeniedException(Clause clause, String chinese, String english) {
    super(chinese, english, clause);
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}

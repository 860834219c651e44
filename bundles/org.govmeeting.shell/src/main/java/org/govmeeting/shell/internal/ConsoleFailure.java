package org.govmeeting.shell.internal;

import org.govmeeting.api.error.DomainException;

/**
 * A command that could not do what it was asked: Karaf prints the message ("Error executing
 * command: …") and the session, {@code bin/client} or an ssh command, ends with a non-zero status.
 * Chinese first, then English, like every refusal of the platform.
 */
final class ConsoleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConsoleFailure(String chinese, String english) {
    super(chinese + " / " + english);
  }

  /** A module's refusal (not found, wrong state, a rule) as the console says it. */
  static ConsoleFailure of(DomainException e) {
    return new ConsoleFailure(e.message(false), e.getMessage());
  }
}

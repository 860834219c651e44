package org.govmeeting.api.error;

/**
 * An edit was based on a revision that is no longer the current one: someone else changed the
 * record since the caller read it (HTTP 412 with {@code If-Match}). Nothing of the edit is kept.
 */
public class StaleRevisionException extends ConflictException {
  private static final long serialVersionUID = 1L;

  public StaleRevisionException(String message) {
    super(message);
  }

  /** The message in both languages. */
  public StaleRevisionException(String chinese, String english) {
    super(chinese, english);
  }

  @Override
  public String title() {
    return "Changed since you read it";
  }
}

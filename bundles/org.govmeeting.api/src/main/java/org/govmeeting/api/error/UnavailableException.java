package org.govmeeting.api.error;

/** A service the request needs is not present right now (e.g. no policy installed). */
public class UnavailableException extends DomainException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message) {
    super(message, null);
  }

  /** The message in both languages. */
  public UnavailableException(String chinese, String english) {
    super(chinese, english, null);
  }

  @Override
  public String title() {
    return "Service unavailable";
  }
}

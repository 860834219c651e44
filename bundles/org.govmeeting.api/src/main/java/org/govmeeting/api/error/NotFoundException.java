package org.govmeeting.api.error;

/** The named record does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, String id) {
    super(what + " '" + id + "' does not exist", null);
  }

  @Override
  public String title() {
    return "Not found";
  }
}

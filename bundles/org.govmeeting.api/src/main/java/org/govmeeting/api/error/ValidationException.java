package org.govmeeting.api.error;

import org.govmeeting.api.rule.Clause;

/** A field of the input is missing or invalid; the field is named so a form can point at it. */
public class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public ValidationException(String field, String message) {
    this(field, message, null);
  }

  public ValidationException(String field, String message, Clause clause) {
    super(message, clause);
    this.field = field;
  }

  /**
   * The value, trimmed, if it has any text.
   *
   * @throws ValidationException naming the field if it is missing or blank
   */
  public static String requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, field + " is required");
    }
    return value.trim();
  }

  /** The JSON name of the offending field. */
  public String field() {
    return field;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}

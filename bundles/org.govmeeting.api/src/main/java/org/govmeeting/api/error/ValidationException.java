package org.govmeeting.api.error;

import java.util.List;
import org.govmeeting.api.rule.Clause;

/** A field of the input is missing or invalid; the field is named so a form can point at it. */
public class ValidationException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final List<Violation> violations;

  public ValidationException(String field, String message) {
    this(field, message, null);
  }

  public ValidationException(String field, String message, Clause clause) {
    super(message, clause);
    this.field = field;
    this.violations = List.of(new Violation(field, clause, null, message));
  }

  /** One problem, in both languages. */
  public ValidationException(String field, Clause clause, String chinese, String english) {
    super(chinese, english, clause);
    this.field = field;
    this.violations = List.of(new Violation(field, clause, chinese, english));
  }

  /**
   * Every problem of a request at once ({@link Violations}); the first names the field and clause
   * of the exception itself.
   */
  public ValidationException(List<Violation> violations) {
    super(
        summary(violations, false),
        summary(violations, true),
        violations.isEmpty() ? null : violations.get(0).clause());
    this.violations = List.copyOf(violations);
    this.field = violations.isEmpty() ? null : violations.get(0).field();
  }

  private static String summary(List<Violation> all, boolean english) {
    if (all.size() == 1) {
      return all.get(0).message(english);
    }
    return english
        ? all.size() + " problems: " + all.get(0).message(true) + "; …"
        : "共" + all.size() + "处问题：" + all.get(0).message(false) + "；……";
  }

  /** Every problem found, in the order found; one for an exception made with a single one. */
  public List<Violation> violations() {
    return violations;
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

  /**
   * A file's name as people gave it, reduced to its last path segment; refused if it is empty, a
   * dot name, or carries control or text-direction characters (which can disguise an extension).
   */
  public static String requireFileName(String field, String value) {
    String name = requireText(field, value);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).trim();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new ValidationException(field, "a file name is required, not a path");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')
          // Invisible: zero width space, direction marks, word joiner, byte order mark. They make
          // two names that read the same differ, or hide what a name says.
          || c == '\u200B'
          || c == '\u200E'
          || c == '\u200F'
          || c == '\u2060'
          || c == '\uFEFF') {
        throw new ValidationException(
            field, "the file name contains a control, invisible or text-direction character");
      }
    }
    return name.length() > 255 ? name.substring(0, 255) : name;
  }

  /** The JSON name of the offending field (the first one's, where there are several). */
  public String field() {
    return field;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}

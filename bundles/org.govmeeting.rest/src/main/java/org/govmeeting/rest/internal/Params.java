package org.govmeeting.rest.internal;

import org.govmeeting.api.error.ValidationException;

/** Parsing of query parameters into domain values, with errors that name the parameter. */
final class Params {
  private Params() {}

  static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          name,
          "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A category by name ({@code NORMATIVE_DOCUMENT}) or by its clause ({@code T4}). */
  static org.govmeeting.api.topic.Category category(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim().toUpperCase(java.util.Locale.ROOT);
    if (v.matches("T[2-9]")) {
      return org.govmeeting.api.topic.Category.of(org.govmeeting.api.rule.Clause.valueOf(v));
    }
    return enumValue(org.govmeeting.api.topic.Category.class, "category", v);
  }

  /**
   * The revision an edit was based on, from {@code If-Match}: {@code "7"}, {@code 7} or {@code
   * W/"7"}, as the resource's {@code ETag} gave it. Required: an edit without it would overwrite
   * whatever someone else wrote since (a lost update), so it is refused with 428 (RFC 6585).
   */
  static long revision(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new org.govmeeting.api.error.ValidationException(
          "If-Match", "must be the revision you read, such as \"3\"");
    }
  }

  static <T> T body(T body) {
    if (body == null) {
      throw new ValidationException("body", "a JSON request body is required");
    }
    return body;
  }

  /** An edit sent without {@code If-Match}: answered 428 Precondition Required. */
  static final class PreconditionRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PreconditionRequired() {
      super("If-Match is required", null, false, false);
    }
  }
}

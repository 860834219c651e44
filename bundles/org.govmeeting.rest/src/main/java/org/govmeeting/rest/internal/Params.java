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

  /**
   * A paging number ({@code offset}, {@code limit}) or an id in the query. Taken as text, because
   * JAX-RS answers a number it cannot convert with 404, as if the resource did not exist.
   */
  static int count(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(
          name, "'" + clip(value) + "' is not a whole number between 0 and " + Integer.MAX_VALUE);
    }
  }

  /** An id in the query, or {@code null} if absent. */
  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(name, "'" + clip(value) + "' is not an id");
    }
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
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

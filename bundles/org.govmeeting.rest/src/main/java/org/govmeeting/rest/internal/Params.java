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
          "“" + clip(value) + "”不是可选值，可选值为：" + java.util.Arrays.toString(type.getEnumConstants()),
          "'"
              + clip(value)
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants()));
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
    try {
      return org.govmeeting.api.topic.Category.valueOf(v);
    } catch (IllegalArgumentException e) {
      java.util.List<String> allowed = new java.util.ArrayList<>();
      for (org.govmeeting.api.topic.Category c : org.govmeeting.api.topic.Category.values()) {
        allowed.add(c.name() + " (" + c.clause() + ")");
      }
      throw new ValidationException(
          "category",
          "“" + clip(value) + "”不是可选的议题类别，可选值为：" + allowed,
          "'" + clip(value) + "' is not one of " + allowed);
    }
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
          "If-Match", "请填写您读取时的版本号，如\"3\"", "must be the revision you read, such as \"3\"");
    }
  }

  /**
   * A paging number ({@code offset}, {@code limit}) or another count in the query, between {@code
   * min} and {@code max}. Taken as text, because JAX-RS answers a number it cannot convert with
   * 404, as if the resource did not exist; out of range it is refused, never clamped.
   */
  static int count(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new ValidationException(
          name,
          "“" + clip(value) + "”不是" + min + "至" + max + "之间的整数",
          "'" + clip(value) + "' is not a whole number from " + min + " to " + max);
    }
    return (int) n;
  }

  /** A count in the query that any whole number from 0 up takes ({@link Paging} for lists). */
  static int count(String name, String value, int fallback) {
    return count(name, value, fallback, 0, Integer.MAX_VALUE);
  }

  /** A yes or no in the query: {@code true} or {@code false}, nothing else. */
  static boolean flag(String name, String value, boolean fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new ValidationException(
          name,
          "“" + clip(value) + "”不是可选值，可选值为：[true, false]",
          "'" + clip(value) + "' is not one of [true, false]");
    }
    return v.equals("true");
  }

  /** An id in the query, or {@code null} if absent. */
  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(
          name, "“" + clip(value) + "”不是有效的编号", "'" + clip(value) + "' is not an id");
    }
  }

  /** A month as 2026-03. */
  static java.time.YearMonth month(String name, String text) {
    try {
      return java.time.YearMonth.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ValidationException(
          name,
          "“" + text + "”不是有效的月份，请按“2026-03”的格式填写",
          "'" + text + "' is not a month like 2026-03");
    }
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  static <T> T body(T body) {
    if (body == null) {
      throw new ValidationException("body", "请以JSON格式提交请求内容", "a JSON request body is required");
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

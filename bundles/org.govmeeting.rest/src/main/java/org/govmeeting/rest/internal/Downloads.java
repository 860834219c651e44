package org.govmeeting.rest.internal;

import java.util.Locale;
import java.util.Set;

/**
 * How an uploaded file is served back. Its type is whatever the uploader claimed: served as such, a
 * claimed {@code text/html} or {@code image/svg+xml} would run script in the API's origin. Only
 * document and image types that cannot are kept; everything else is plain bytes, and every file is
 * an attachment (with {@code nosniff}, see {@link SecurityHeaders}).
 */
final class Downloads {
  static final String BYTES = "application/octet-stream";

  static final Set<String> KEPT =
      Set.of(
          "application/pdf",
          "application/ofd",
          "application/zip",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "text/plain",
          "text/csv");

  private Downloads() {}

  /** The type the file is served as: its own if on the list (parameters dropped), else bytes. */
  static String servedType(String claimed) {
    if (claimed == null) {
      return BYTES;
    }
    String base = claimed.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return KEPT.contains(base) ? base : BYTES;
  }
}

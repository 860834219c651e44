package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

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

  /** In the API's description: the answer {@link #file} gives, a stored file as bytes. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "200",
      description = "The file, as an attachment under its own name",
      headers = {
        @Header(
            name = "ETag",
            description = "The file's SHA-256 (hex)",
            schema = @Schema(type = "string")),
        @Header(
            name = "Digest",
            description = "sha-256=<base64 of the SHA-256> (RFC 3230)",
            schema = @Schema(type = "string")),
        @Header(
            name = "Content-Disposition",
            description = "attachment; filename*=UTF-8''…",
            schema = @Schema(type = "string"))
      },
      content = @Content(mediaType = BYTES, schema = @Schema(type = "string", format = "binary")))
  @interface File {}

  /**
   * The answer that streams a stored file: its bytes are written by {@code body} row by row while
   * the answer goes out (nothing holds the whole file), announced by {@code Content-Length}, with
   * the SHA-256 as {@code Digest} (RFC 3230) and as the {@code ETag}, saved under its own name.
   */
  static Response file(
      String fileName, String contentType, long size, String sha256, StreamingOutput body) {
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(body, servedType(contentType))
        .header(HttpHeaders.CONTENT_LENGTH, size)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header(
            "Digest",
            "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)))
        .tag(sha256)
        .build();
  }

  /** The type the file is served as: its own if on the list (parameters dropped), else bytes. */
  /** A printed document shown in the browser (inline), under the name it is saved as. */
  static Response pdf(byte[] document, String fileName) {
    return Response.ok(document, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
        .build();
  }

  static String servedType(String claimed) {
    if (claimed == null) {
      return BYTES;
    }
    String base = claimed.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return KEPT.contains(base) ? base : BYTES;
  }
}

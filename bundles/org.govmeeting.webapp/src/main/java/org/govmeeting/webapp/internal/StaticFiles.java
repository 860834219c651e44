package org.govmeeting.webapp.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * The app's files, read once when the bundle starts: a fixed table from a request's path to its
 * bytes, so no part of a request ever names a resource of the bundle, and each file's tag and
 * compressed form are made once. The whole app is a few hundred kilobytes.
 */
final class StaticFiles {
  /** One file as served. */
  /** The tag is the first half of the SHA-256 in hex, without quotes. */
  record File(String type, byte[] bytes, byte[] gzipped, String etag) {}

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "mjs", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "txt", "text/plain; charset=utf-8");

  private final Map<String, File> files = new TreeMap<>();

  /**
   * Adds a file under its path in the app, e.g. {@code js/app.js}; a type this app does not serve
   * (a licence without extension is served as text) is left out.
   */
  StaticFiles add(String path, byte[] bytes) {
    String type = type(path);
    if (type == null) {
      return this;
    }
    files.put(path, new File(type, bytes, gzip(bytes, type), etag(bytes)));
    return this;
  }

  /**
   * The path in the app of a web jar's file: {@code META-INF/resources/webjars/NAME/VERSION/REST}
   * is {@code vendor/NAME/REST}; anything else is not a web jar's file.
   */
  static Optional<String> vendorPath(String entry) {
    String prefix = "META-INF/resources/webjars/";
    String e = entry.startsWith("/") ? entry.substring(1) : entry;
    if (!e.startsWith(prefix)) {
      return Optional.empty();
    }
    String[] parts = e.substring(prefix.length()).split("/", 3);
    if (parts.length < 3 || parts[2].isEmpty() || parts[2].endsWith("/")) {
      return Optional.empty();
    }
    return Optional.of("vendor/" + parts[0] + "/" + parts[2]);
  }

  Optional<File> get(String path) {
    return Optional.ofNullable(files.get(path));
  }

  int size() {
    return files.size();
  }

  static String type(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.equals("LICENSE")) {
      return TYPES.get("txt");
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text compresses to a fifth or less; images are compressed already. */
  private static byte[] gzip(byte[] bytes, String type) {
    if (!(type.startsWith("text/") || type.contains("json") || type.contains("svg"))
        || bytes.length < 512) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}

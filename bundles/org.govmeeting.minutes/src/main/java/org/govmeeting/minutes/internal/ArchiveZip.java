package org.govmeeting.minutes.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The archive's zip, entry by entry, each counted and digested so that the closing {@code
 * manifest.txt} (归档清单) lists every entry with its size and SHA-256, as an archivist checks a
 * transfer against its list.
 */
final class ArchiveZip implements AutoCloseable {
  /** Writes one entry's bytes. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private final ZipOutputStream zip;
  private final List<String> manifest = new ArrayList<>();
  private boolean closed;

  ArchiveZip(OutputStream out) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
  }

  void text(String name, String text) throws IOException {
    bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  void bytes(String name, byte[] bytes) throws IOException {
    entry(name, out -> out.write(bytes));
  }

  /** An entry streamed from elsewhere (a material file, row by row); returns its SHA-256. */
  String entry(String name, Body body) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long[] size = {0};
    zip.putNextEntry(new ZipEntry(name));
    // The body may flush or close what it is given; the zip goes on.
    OutputStream entry =
        new FilterOutputStream(zip) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            sha.update(b, off, len);
            size[0] += len;
            zip.write(b, off, len);
          }

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void close() {}
        };
    body.writeTo(entry);
    zip.closeEntry();
    String digest = HexFormat.of().formatHex(sha.digest());
    manifest.add(digest + "  " + size[0] + "  " + name);
    return digest;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    StringBuilder m =
        new StringBuilder("归档清单 manifest: SHA-256, bytes, entry (本清单除外 this list excepted)\n");
    manifest.forEach(l -> m.append(l).append('\n'));
    zip.putNextEntry(new ZipEntry("manifest.txt"));
    zip.write(m.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.close();
  }
}

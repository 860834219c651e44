package org.govmeeting.api.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.govmeeting.api.error.ValidationException;

/**
 * A file kept as rows of at most {@link #SIZE} bytes each, so that neither an upload nor a download
 * ever holds more than one row's bytes in memory, whatever the file's size. Each module keeps the
 * rows in a table of its own; this class only cuts the stream into them, counts and digests it, and
 * puts the rows back together.
 */
public final class Chunks {
  /** The bytes of one row: 256 KiB, small beside the heap, large enough that a file is few rows. */
  public static final int SIZE = 256 * 1024;

  private Chunks() {}

  /** Where the rows of an upload go, in order from 0. */
  @FunctionalInterface
  public interface Sink {
    void write(int seq, byte[] bytes);
  }

  /** Where the rows of a stored file come from: the row's bytes, or null past the last row. */
  @FunctionalInterface
  public interface Source {
    byte[] read(int seq);
  }

  /** What was stored: its size and SHA-256, computed while it streamed. */
  public static final class Stored {
    public final long size;
    public final String sha256;

    Stored(long size, String sha256) {
      this.size = size;
      this.sha256 = sha256;
    }
  }

  /**
   * Reads the stream to its end and hands it to the sink row by row. Each row is checked before it
   * is handed on: an empty stream, or one longer than {@code maxBytes}, is refused with a {@link
   * ValidationException} on the field {@code content}, and the caller's transaction, which then
   * rolls back, takes the rows already written with it.
   *
   * @throws UncheckedIOException if the stream cannot be read (the client went away)
   */
  public static Stored store(InputStream in, long maxBytes, Sink sink) {
    MessageDigest sha = sha256();
    long size = 0;
    int seq = 0;
    byte[] buffer = new byte[SIZE];
    while (true) {
      int n;
      try {
        n = in.readNBytes(buffer, 0, SIZE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (n == 0) {
        break;
      }
      size += n;
      if (size > maxBytes) {
        throw new ValidationException(
            "content",
            "文件超过了允许的最大大小（" + maxBytes + "字节）",
            "the file is larger than " + maxBytes + " bytes, the most accepted");
      }
      sha.update(buffer, 0, n);
      // A row of its own: the persistence layer may keep the array until the row is written.
      sink.write(seq++, Arrays.copyOf(buffer, n));
      if (n < SIZE) {
        break;
      }
    }
    if (size == 0) {
      throw new ValidationException("content", "文件内容为空", "the file is empty");
    }
    return new Stored(size, HexFormat.of().formatHex(sha.digest()));
  }

  /**
   * Writes the rows to the stream in order until the source has no more, and checks that they make
   * up the size recorded for the file; returns the bytes written.
   *
   * @throws IllegalStateException if the rows do not add up to {@code size} (the answer is then cut
   *     off: its Content-Length was announced, so the client sees it incomplete)
   */
  public static long copy(Source source, long size, OutputStream out) throws IOException {
    long written = 0;
    for (int seq = 0; ; seq++) {
      byte[] bytes = source.read(seq);
      if (bytes == null) {
        break;
      }
      out.write(bytes);
      written += bytes.length;
    }
    out.flush();
    if (written != size) {
      throw new IllegalStateException(
          "the stored rows hold " + written + " bytes of a file of " + size);
    }
    return written;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

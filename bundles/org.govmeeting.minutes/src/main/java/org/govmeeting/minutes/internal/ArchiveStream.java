package org.govmeeting.minutes.internal;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.govmeeting.api.persistence.Chunks;

/**
 * The archive's zip on its way into rows of {@link Chunks#SIZE} bytes: counted and digested as it
 * passes, so that an archive holding every material file of the meeting never sits in memory.
 */
final class ArchiveStream extends OutputStream {
  private final Chunks.Sink sink;
  private final MessageDigest sha;
  private final byte[] row = new byte[Chunks.SIZE];
  private int filled;
  private int seq;
  private long size;
  private boolean closed;

  ArchiveStream(Chunks.Sink sink) {
    this.sink = sink;
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (closed) {
      throw new IllegalStateException("the archive is written already");
    }
    sha.update(b, off, len);
    size += len;
    while (len > 0) {
      int n = Math.min(len, row.length - filled);
      System.arraycopy(b, off, row, filled, n);
      filled += n;
      off += n;
      len -= n;
      if (filled == row.length) {
        emit();
      }
    }
  }

  /** Writes the last, shorter row; the zip's own close calls it. */
  @Override
  public void close() {
    if (!closed) {
      if (filled > 0) {
        emit();
      }
      closed = true;
    }
  }

  long size() {
    return size;
  }

  int rows() {
    return seq;
  }

  String sha256() {
    return HexFormat.of().formatHex(sha.digest());
  }

  private void emit() {
    sink.write(seq++, Arrays.copyOf(row, filled));
    filled = 0;
  }
}

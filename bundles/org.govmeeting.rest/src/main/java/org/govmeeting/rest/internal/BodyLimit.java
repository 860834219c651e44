package org.govmeeting.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.WebApplicationException;

/**
 * A request body cut off at a configured size: reading past it fails with 413, before the JSON
 * parser has built anything, so an oversized request is refused whole and writes nothing.
 */
final class BodyLimit extends FilterInputStream {
  private final long limit;
  private long read;

  BodyLimit(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > limit) {
      throw tooLarge(limit);
    }
  }

  static WebApplicationException tooLarge(long limit) {
    return new WebApplicationException("request body larger than " + limit + " bytes", 413);
  }
}

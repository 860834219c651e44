package org.govmeeting.rest.internal;

import java.io.IOException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a caller who may hang up before it is written. Once writing to the connection
 * fails, the caller is gone and there is nobody left to tell: the rest of the answer is discarded
 * and one DEBUG line says so. Without it CXF logged every aborted download or page as an ERROR and
 * a WARN with two stack traces (hundreds at the end of each benchmark load), which a client that
 * opens and drops connections could use to fill the log.
 *
 * <p>What the act did is not affected: its transaction committed, or rolled back, before the
 * answer's first byte. A download whose caller left still reads the rest of its file's rows and
 * discards them, at most the upload limit (32 MiB).
 */
final class DepartedClient extends HttpServletResponseWrapper {
  private static final Logger LOG = LoggerFactory.getLogger(DepartedClient.class);

  private final String requestId;
  private Stream stream;

  DepartedClient(HttpServletResponse response, String requestId) {
    super(response);
    this.requestId = requestId;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new Stream(super.getOutputStream(), requestId);
    }
    return stream;
  }

  /** Whether the caller hung up while the answer was written. */
  boolean departed() {
    return stream != null && stream.gone;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (departed()) {
      return;
    }
    try {
      super.flushBuffer();
    } catch (IOException e) {
      if (stream != null) {
        stream.leave(e);
      } else {
        LOG.debug("request {}: the caller hung up before the answer ({})", requestId, e.toString());
      }
    }
  }

  private interface Write {
    void run() throws IOException;
  }

  static final class Stream extends ServletOutputStream {
    private final ServletOutputStream out;
    private final String requestId;
    volatile boolean gone;

    Stream(ServletOutputStream out, String requestId) {
      this.out = out;
      this.requestId = requestId;
    }

    void leave(IOException e) {
      if (!gone) {
        gone = true;
        LOG.debug(
            "request {}: the caller hung up; the rest of the answer is discarded ({})",
            requestId,
            e.toString());
      }
    }

    /** One write to the connection, unless the caller is gone; a failure means they are. */
    private void toCaller(Write write) {
      if (gone) {
        return;
      }
      try {
        write.run();
      } catch (IOException e) {
        leave(e);
      }
    }

    @Override
    public void write(int b) {
      toCaller(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) {
      toCaller(() -> out.write(b, off, len));
    }

    @Override
    public void flush() {
      toCaller(out::flush);
    }

    @Override
    public void close() {
      toCaller(out::close);
    }

    @Override
    public boolean isReady() {
      return gone || out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }
}

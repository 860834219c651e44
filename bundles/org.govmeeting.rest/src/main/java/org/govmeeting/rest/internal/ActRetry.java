package org.govmeeting.rest.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.osgi.service.component.annotations.Component;

/**
 * An act the database rolled back whole for a lock conflict that passes (a deadlock, a lock wait
 * timed out) is run again, twice at most, before the caller hears of it. Inside the act nothing can
 * retry: the transaction is gone. Here, in front of the JAX-RS runtime, the request's body is kept
 * and the answer held until the act is over, so the second run starts from the same request and the
 * caller gets one answer. {@link ActTransaction} says which acts failed so.
 *
 * <p>Only JSON bodies are kept (at most {@link #MAX_KEPT} bytes); an upload is run once, its body
 * passed through unread (see {@link #keepable(String, long)}).
 */
@Component(
    service = Filter.class,
    property = {
      "osgi.http.whiteboard.filter.name=govmeeting.retry",
      "osgi.http.whiteboard.filter.pattern=/*",
      "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for*)",
      // After the gate (which refuses anonymous callers and guards slow bodies).
      "service.ranking:Integer=-10"
    })
public class ActRetry implements Filter {
  /** Set on the servlet request by {@link ActTransaction} when the act failed transiently. */
  static final String TRANSIENT = "org.govmeeting.rest.transient";

  static final int ATTEMPTS = 3;
  static final int MAX_KEPT = 1024 * 1024;
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest)
        || !WRITES.contains(((HttpServletRequest) req).getMethod())
        || !keepable((HttpServletRequest) req)) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    byte[] body;
    try {
      body = request.getInputStream().readNBytes(MAX_KEPT + 1);
    } catch (RuntimeException | IOException e) {
      if (ProblemMapper.tooSlow(e) == null) {
        throw e;
      }
      answer(response, new ProblemMapper().problem(e));
      return;
    }
    if (body.length > MAX_KEPT) {
      answer(
          response, new Problem(413, null, "Payload Too Large", "The request body is too large."));
      return;
    }
    for (int attempt = 1; ; attempt++) {
      request.removeAttribute(TRANSIENT);
      Held held = new Held(response);
      chain.doFilter(new Kept(request, body), held);
      if (request.getAttribute(TRANSIENT) == null || attempt >= ATTEMPTS) {
        held.release();
        return;
      }
      // The other act holds the rows a moment longer; do not meet it again at once.
      response.reset();
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(10, 40) * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        held.release();
        return;
      }
    }
  }

  private static void answer(HttpServletResponse response, Problem p) throws IOException {
    response.setStatus(p.status());
    response.setHeader("Connection", "close");
    response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
    byte[] json = p.json().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  /**
   * A JSON body, or a body without a type whose announced length is small (an act without a body,
   * such as a submission, is kept so). An upload is not: its type is the file's, and one sent
   * without a type and without a length (chunked) is not kept either, so that a file streams
   * through to its module instead of being read here (and refused past {@link #MAX_KEPT}).
   */
  static boolean keepable(String type, long length) {
    if (type == null) {
      return length >= 0 && length <= MAX_KEPT;
    }
    return type.toLowerCase(java.util.Locale.ROOT).contains("json") && length <= MAX_KEPT;
  }

  private static boolean keepable(HttpServletRequest request) {
    return keepable(request.getContentType(), request.getContentLengthLong());
  }

  /** The request with its body kept, readable again for each run. */
  private static final class Kept extends HttpServletRequestWrapper {
    private final byte[] body;

    Kept(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the kept body is read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /** The answer held back: status and headers go to the response, the body only on release. */
  private static final class Held extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream out;
    private PrintWriter writer;

    Held(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (out == null) {
        out =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("the held answer is written synchronously");
              }
            };
      }
      return out;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      // Held until the act is over: a flush would commit an answer a second run may replace.
    }

    @Override
    public void setContentLength(int len) {
      // Set on release, from what was written.
    }

    @Override
    public void setContentLengthLong(long len) {
      // Set on release, from what was written.
    }

    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (body.size() > 0) {
        response.setContentLength(body.size());
        response.getOutputStream().write(body.toByteArray());
      }
      response.flushBuffer();
    }
  }
}

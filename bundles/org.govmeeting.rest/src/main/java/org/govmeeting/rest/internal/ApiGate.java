package org.govmeeting.rest.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.MediaType;
import org.govmeeting.api.directory.DistrictScope;
import org.osgi.service.component.annotations.Component;

/**
 * In front of the JAX-RS runtime (a servlet filter of the HTTP whiteboard on the contexts the
 * JAX-RS whiteboard makes for its applications). CXF drains up to 16 MiB of any request body it has
 * not read before it answers, so a refusal in a JAX-RS filter alone still waited for a slow body
 * and held a thread: here a call without credentials is answered 401 without CXF, and once {@link
 * AccessFilter} or {@link RoleFilter} has refused a call its body reads as empty. A charset Java
 * does not know, which CXF answers with an HTML 500, is a 400 problem here.
 */
@Component(
    service = Filter.class,
    configurationPid = RestConfig.PID,
    property = {
      "osgi.http.whiteboard.filter.name=govmeeting.gate",
      "osgi.http.whiteboard.filter.pattern=/*",
      "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for*)"
    })
public class ApiGate implements Filter {
  /** Set on the servlet request when the call was refused: its body is then never read. */
  static final String REFUSED = "org.govmeeting.rest.refused";

  /** How long a body may take to get going before its rate counts (a client's first packets). */
  static final long GRACE_MILLIS = 10_000;

  private final long minBytesPerSecond;
  private volatile boolean jettyMissing;

  @org.osgi.service.component.annotations.Activate
  public ApiGate(RestConfig config) {
    this.minBytesPerSecond = config.minBodyBytesPerSecond();
  }

  /**
   * A body that arrives slower than the configured rate, measured from its first read: raised
   * between reads, so a client dripping a byte at a time holds a thread for the grace period and
   * one idle timeout at most.
   */
  static final class TooSlow extends RuntimeException {
    TooSlow(long rate) {
      super("request body slower than " + rate + " B/s");
    }
  }

  /** The request attribute that holds the caller's district scope, entered by the access filter. */
  static final String DISTRICT_SCOPE = DistrictScope.class.getName();

  @Override
  public void init(javax.servlet.FilterConfig config) {
    try {
      JettyProblems.installFromContext();
    } catch (LinkageError notJetty) {
      jettyMissing = true;
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest) || !(res instanceof HttpServletResponse)) {
      chain.doFilter(req, res);
      return;
    }
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (!jettyMissing) {
      try {
        JettyProblems.install(request);
      } catch (LinkageError notJetty) {
        // Another HTTP server: its own error pages stay.
        jettyMissing = true;
      }
    }
    long start = System.nanoTime();
    String id = RequestLog.begin(request, response);
    DepartedClient answer = new DepartedClient(response, id);
    try {
      gate(request, answer, chain);
    } finally {
      if (request.getAttribute(DISTRICT_SCOPE) instanceof DistrictScope.Entered scope) {
        scope.close();
      }
      RequestLog.end(request, answer, id, start);
    }
  }

  private void gate(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (AccessFilter.credentials(request.getHeader("Authorization")).isEmpty()) {
      response.setHeader("WWW-Authenticate", AccessFilter.CHALLENGE);
      refuse(request, response, AccessRefusals.noCredentials(languages(request)));
      return;
    }
    String[] charsetProblem = charsetProblem(request.getContentType());
    if (charsetProblem != null) {
      refuse(request, response, AccessRefusals.badCharset(languages(request), charsetProblem));
      return;
    }
    chain.doFilter(new Gated(request, minBytesPerSecond), response);
  }

  /** The caller's languages, in the order of preference (Accept-Language). */
  private static java.util.List<java.util.Locale> languages(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? java.util.List.of()
        : java.util.Collections.list(request.getLocales());
  }

  /** Why the content type's charset cannot be read (Chinese, English), or {@code null}. */
  static String[] charsetProblem(String contentType) {
    if (contentType == null) {
      return null;
    }
    String charset;
    try {
      charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
    } catch (IllegalArgumentException e) {
      return new String[] {
        "无法识别 Content-Type“" + clip(contentType) + "”。",
        "The Content-Type '" + clip(contentType) + "' cannot be read."
      };
    }
    if (charset == null) {
      return null;
    }
    try {
      if (Charset.isSupported(charset.trim())) {
        return null;
      }
    } catch (IllegalCharsetNameException e) {
      // refused below
    }
    return new String[] {
      "未知字符集“" + clip(charset) + "”，请使用 UTF-8。",
      "The charset '" + clip(charset) + "' is not known; send UTF-8."
    };
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  /** Answers without reading the body; the connection is closed rather than drained. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response, Problem p)
      throws IOException {
    request.setAttribute(REFUSED, Boolean.TRUE);
    response.setStatus(p.status());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", SecurityHeaders.DATA_POLICY);
    if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
      response.setHeader("Connection", "close");
    }
    response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
    byte[] body = p.json().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A request whose body reads as empty once the call was refused, and must keep moving. */
  private static final class Gated extends HttpServletRequestWrapper {
    private final long minBytesPerSecond;
    private ServletInputStream in;

    Gated(HttpServletRequest request, long minBytesPerSecond) {
      super(request);
      this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (in == null) {
        in = new Guarded(super.getInputStream(), this, minBytesPerSecond);
      }
      return in;
    }
  }

  /** The body stream of {@link Gated}. */
  static final class Guarded extends ServletInputStream {
    private final ServletInputStream body;
    private final ServletRequest request;
    private final long minBytesPerSecond;
    private long started;
    private long read;

    Guarded(ServletInputStream body, ServletRequest request, long minBytesPerSecond) {
      this.body = body;
      this.request = request;
      this.minBytesPerSecond = minBytesPerSecond;
    }

    private boolean refused() {
      return request.getAttribute(REFUSED) != null;
    }

    /** Throws {@link TooSlow} once the grace period is over and the body lags the rate. */
    void check(long now) {
      if (started == 0) {
        started = now;
        return;
      }
      long millis = (now - started) / 1_000_000;
      if (millis > GRACE_MILLIS && read < minBytesPerSecond * millis / 1000) {
        throw new TooSlow(minBytesPerSecond);
      }
    }

    private int counted(int n) {
      if (n > 0) {
        read += n;
      }
      check(System.nanoTime());
      return n;
    }

    @Override
    public int read() throws IOException {
      if (refused()) {
        return -1;
      }
      check(System.nanoTime());
      int b = body.read();
      if (b >= 0) {
        read++;
      }
      check(System.nanoTime());
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (refused()) {
        return -1;
      }
      check(System.nanoTime());
      return counted(body.read(b, off, len));
    }

    @Override
    public int available() throws IOException {
      return refused() ? 0 : body.available();
    }

    @Override
    public boolean isFinished() {
      return refused() || body.isFinished();
    }

    @Override
    public boolean isReady() {
      return refused() || body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }

  /** Marks the call refused, so that nothing waits for its body (see the class comment). */
  static void leaveBodyUnread(HttpServletRequest request) {
    try {
      if (request != null) {
        request.setAttribute(REFUSED, Boolean.TRUE);
      }
    } catch (RuntimeException e) {
      // Outside a servlet request (unit tests) there is no body to leave.
    }
  }
}

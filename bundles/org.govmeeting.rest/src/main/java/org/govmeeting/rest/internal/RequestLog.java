package org.govmeeting.rest.internal;

import java.util.UUID;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The request id and the access log. Every call carries an id (the caller's {@code X-Request-Id} if
 * it sent a sane one, else a new one), answered in the same header, in every problem body and in
 * every log line the call causes (the MDC's {@code requestId}), so a person who reports an error
 * and an administrator reading the logs talk about the same call. The access log
 * (data/log/access.log) has one line per call.
 */
final class RequestLog {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";

  /** Set by the access check once it knows who calls: the person's id, for the access log. */
  static final String PERSON = "org.govmeeting.rest.person";

  static final Logger ACCESS = LoggerFactory.getLogger("org.govmeeting.access");

  /** What a caller's id may look like: no spaces or line breaks to forge a log line with. */
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestLog() {}

  /** The caller's id if it is sane, else a new one. */
  static String id(String given) {
    return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }

  /** Starts the call: its id answered and put in the MDC. */
  static String begin(HttpServletRequest request, HttpServletResponse response) {
    String id = id(request.getHeader(HEADER));
    response.setHeader(HEADER, id);
    MDC.put(MDC_KEY, id);
    return id;
  }

  /** Ends the call: its access line written, the MDC cleared. */
  static void end(
      HttpServletRequest request, HttpServletResponse response, String id, long startNanos) {
    try {
      Object person = request.getAttribute(PERSON);
      String query = request.getQueryString();
      ACCESS.info(
          "{} {} \"{} {}{}\" {} {}ms id={}{}",
          request.getRemoteAddr(),
          person == null ? "-" : person,
          request.getMethod(),
          request.getRequestURI(),
          query == null ? "" : "?" + (query.length() > 512 ? query.substring(0, 512) + "…" : query),
          response.getStatus(),
          (System.nanoTime() - startNanos) / 1_000_000,
          id,
          response instanceof DepartedClient d && d.departed() ? " caller-hung-up" : "");
    } finally {
      MDC.remove(MDC_KEY);
    }
  }
}

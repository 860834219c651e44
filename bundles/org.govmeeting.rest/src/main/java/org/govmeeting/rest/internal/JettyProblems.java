package org.govmeeting.rest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's error handler, answering with problems instead of HTML: the errors Jetty raises itself
 * before any servlet runs (a request line or headers too long, 414 and 431, a malformed request,
 * 400), and those of servlets outside the JAX-RS runtime. Jetty's reason phrase is all a client
 * learns; an exception's message never is.
 */
final class JettyProblems extends ErrorHandler {
  /** The server last given this handler: Pax Web makes a new one when its configuration changes. */
  private static volatile Server installedOn;

  /** Makes this the server's error handler, once, from any request that passed through Jetty. */
  static void install(ServletRequest request) {
    Request base = Request.getBaseRequest(request);
    if (base != null && base.getHttpChannel() != null) {
      install(base.getHttpChannel().getServer());
    }
  }

  private static void install(Server server) {
    if (server == null || server == installedOn) {
      return;
    }
    synchronized (JettyProblems.class) {
      if (!(server.getErrorHandler() instanceof JettyProblems)) {
        server.setErrorHandler(new JettyProblems());
      }
      installedOn = server;
    }
  }

  /** The same from the servlet context Jetty is initialising a filter in, if it says so. */
  static void installFromContext() {
    org.eclipse.jetty.server.handler.ContextHandler.Context context =
        org.eclipse.jetty.server.handler.ContextHandler.getCurrentContext();
    install(context == null ? null : context.getContextHandler().getServer());
  }

  private JettyProblems() {
    setShowStacks(false);
    setShowServlet(false);
  }

  static Problem problem(int status) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title =
        type != null
            ? type.getReasonPhrase()
            : org.eclipse.jetty.http.HttpStatus.getMessage(status);
    String detail =
        switch (status) {
          case 400 -> "The request is not well-formed HTTP.";
          case 414 -> "The request line (path and query) is longer than the server accepts.";
          case 431 -> "The request headers are larger than the server accepts (8 KiB).";
          case 408 -> "The request arrived too slowly and was cut off.";
          default -> null;
        };
    return new Problem(status, null, title, detail);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE + ";charset=UTF-8");
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    return BufferUtil.toBuffer(problem(status).json().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    byte[] body = problem(code).json().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}

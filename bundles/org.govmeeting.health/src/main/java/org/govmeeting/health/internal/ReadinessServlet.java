package org.govmeeting.health.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.execution.HealthCheckExecutionResult;
import org.apache.felix.hc.api.execution.HealthCheckExecutor;
import org.apache.felix.hc.api.execution.HealthCheckSelector;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /health}: readiness for the load balancer, without credentials, outside {@code /api}
 * (where every path answers 401 to an anonymous caller). 200 {@code {"status":"UP"}} when every
 * health check tagged {@code govmeeting} is OK (the storage probed, every module's services
 * present), else 503 {@code {"status":"DOWN"}}; nothing else, because anyone may ask: which check
 * failed and why is for administrators, in the console ({@code hc:exec -t govmeeting -v}) and the
 * log. {@code GET /health/live}: liveness, 200 whenever the JVM serves HTTP at all; restarting a
 * node whose database is down mends nothing.
 */
@Component(
    service = Servlet.class,
    property = {
      "osgi.http.whiteboard.servlet.pattern=/health",
      "osgi.http.whiteboard.servlet.pattern=/health/live",
      "osgi.http.whiteboard.servlet.name=govmeeting.health",
      "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"
    })
public class ReadinessServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String TAG = "govmeeting";

  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private transient volatile HealthCheckExecutor executor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up = "/health/live".equals(request.getServletPath()) || ready(executor);
    response.setStatus(up ? 200 : 503);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    if (!up) {
      response.setHeader("Retry-After", String.valueOf(StorageCheck.EVERY_SECONDS));
    }
    byte[] body =
        (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Whether every check of the platform passes (WARN passes: it needs attention, not traffic). */
  static boolean ready(HealthCheckExecutor executor) {
    if (executor == null) {
      return false;
    }
    List<HealthCheckExecutionResult> results = executor.execute(HealthCheckSelector.tags(TAG));
    if (results.isEmpty()) {
      return false;
    }
    for (HealthCheckExecutionResult r : results) {
      Result.Status s = r.getHealthCheckResult().getStatus();
      if (s != Result.Status.OK && s != Result.Status.WARN) {
        return false;
      }
    }
    return true;
  }
}

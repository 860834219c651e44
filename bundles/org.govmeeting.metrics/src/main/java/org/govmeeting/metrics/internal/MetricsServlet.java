package org.govmeeting.metrics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.govmeeting.api.config.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@code GET /metrics}: every meter in the Prometheus text format, outside {@code /api} and without
 * credentials, to the addresses allowed (a scraper sends none); 403 to others.
 */
@Component(
    service = Servlet.class,
    configurationPid = MetricsConfig.PID,
    property = {
      "osgi.http.whiteboard.servlet.pattern=/metrics",
      "osgi.http.whiteboard.servlet.name=govmeeting.metrics",
      "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"
    })
@Designate(ocd = MetricsConfig.class)
public class MetricsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

  private final transient MetricsRegistry registry;
  private final Set<String> allowed;

  @Activate
  public MetricsServlet(@Reference MetricsRegistry registry, MetricsConfig config) {
    this.registry = registry;
    // A .cfg file writes the list comma-separated.
    this.allowed = Set.copyOf(Settings.list(config.allowedAddresses()));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!allowed.contains(request.getRemoteAddr())) {
      response.setStatus(403);
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getOutputStream()
          .write("403 not an allowed address\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] body = registry.scrape(TEXT_FORMAT).getBytes(StandardCharsets.UTF_8);
    response.setContentType(TEXT_FORMAT);
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}

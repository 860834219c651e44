package org.govmeeting.webapp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.govmeeting.api.config.Settings;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /app/}: the staff web app, static files only. Its pages call the REST API under {@code
 * /api} with the person's own account, so the app sees and may do exactly what the API allows that
 * person; nothing here reads a module's service.
 */
@Component(
    service = Servlet.class,
    configurationPid = WebAppConfig.PID,
    property = {
      "osgi.http.whiteboard.servlet.pattern=/app",
      "osgi.http.whiteboard.servlet.pattern=/app/*",
      "osgi.http.whiteboard.servlet.name=govmeeting.webapp",
      "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"
    })
@Designate(ocd = WebAppConfig.class)
public class AppServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(AppServlet.class);

  private final transient StaticFiles files;
  private final String policy;

  @Activate
  public AppServlet(BundleContext context, WebAppConfig config) throws IOException {
    this(load(context.getBundle()), ancestors(config));
  }

  AppServlet(StaticFiles files, List<String> frameAncestors) {
    this.files = files;
    this.policy = Headers.contentSecurityPolicy(frameAncestors);
  }

  private static List<String> ancestors(WebAppConfig config) {
    Settings settings = new Settings(WebAppConfig.PID, WebAppConfig.class, LOG::error);
    List<String> out = new ArrayList<>();
    for (String kept :
        settings.each(
            "frameAncestors",
            config.frameAncestors(),
            Headers::validAncestor,
            "must be 'self', 'none' or scheme://host[:port]")) {
      out.add(kept.trim());
    }
    return out;
  }

  private static StaticFiles load(Bundle bundle) throws IOException {
    StaticFiles files = new StaticFiles();
    for (URL url : entries(bundle, "webapp")) {
      String path = url.getPath().substring(url.getPath().indexOf("webapp/") + "webapp/".length());
      files.add(path, read(url));
    }
    for (URL url : entries(bundle, "META-INF/resources/webjars")) {
      Optional<String> path = StaticFiles.vendorPath(url.getPath());
      if (path.isPresent()) {
        files.add(path.get(), read(url));
      }
    }
    LOG.info("staff web app: {} files under /app/", files.size());
    return files;
  }

  private static List<URL> entries(Bundle bundle, String folder) {
    List<URL> out = new ArrayList<>();
    Enumeration<URL> e = bundle.findEntries(folder, "*", true);
    while (e != null && e.hasMoreElements()) {
      URL u = e.nextElement();
      if (!u.getPath().endsWith("/")) {
        out.add(u);
      }
    }
    return out;
  }

  private static byte[] read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", policy);
    String info = request.getPathInfo();
    if (info == null) {
      // "/app" without its slash: the pages' relative links resolve only under "/app/".
      response.setHeader("Location", request.getContextPath() + "/app/");
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      return;
    }
    String path = info.equals("/") ? "index.html" : info.substring(1);
    Optional<StaticFiles.File> found = files.get(path);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain; charset=utf-8");
      if (body) {
        response.getWriter().write("404: no such page of the app\n");
      }
      return;
    }
    StaticFiles.File f = found.get();
    String accept = request.getHeader("Accept-Encoding");
    boolean gzip = f.gzipped() != null && accept != null && accept.contains("gzip");
    // Each representation its own tag: a cache must not answer a plain request with gzip.
    String tag = "\"" + f.etag() + (gzip ? "-gz" : "") + "\"";
    // Revalidated on every load (a new build shows at once), answered 304 while unchanged.
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("ETag", tag);
    response.setHeader("Vary", "Accept-Encoding");
    String match = request.getHeader("If-None-Match");
    if (match != null && (match.contains(tag) || match.trim().equals("*"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(f.type());
    byte[] bytes = gzip ? f.gzipped() : f.bytes();
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(bytes.length);
    if (body) {
      response.getOutputStream().write(bytes);
    }
  }
}

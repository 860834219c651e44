package org.govmeeting.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Headers on every answer of the API, refusals and errors included: browsers must not guess a type
 * ({@code nosniff}), frame the pages, or keep personal and meeting data in their caches; the JSON
 * answers allow no content at all, the API description only its own scripts.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName(Api.HEADERS)
@JaxrsApplicationSelect(Api.SELECT)
public class SecurityHeaders implements ContainerResponseFilter {
  /** For data: nothing may load, run or frame it, even if a browser were to render it. */
  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  /**
   * For Swagger UI: its own script and styles (it sets inline styles on elements, and its CSS
   * carries icons as data: URLs), and calls back to this API only.
   */
  static final String DOCS_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> h = response.getHeaders();
    h.putSingle("X-Content-Type-Options", "nosniff");
    h.putSingle("X-Frame-Options", "DENY");
    h.putSingle("Referrer-Policy", "no-referrer");
    String path = request.getUriInfo().getPath();
    boolean docs = path.equals("docs") || path.startsWith("docs/") || path.startsWith("/docs");
    h.putSingle("Content-Security-Policy", docs ? DOCS_POLICY : DATA_POLICY);
    if (!h.containsKey(HttpHeaders.CACHE_CONTROL)) {
      h.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}

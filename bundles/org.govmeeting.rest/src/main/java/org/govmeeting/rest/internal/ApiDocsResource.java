package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.error.NotFoundException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/docs/}: Swagger UI over {@code /api/openapi.json}, for people browsing the API. The
 * browser asks for the same Basic credentials as every other call.
 */
// The page and its scripts are no operation of the API: left out of its description.
@Hidden
@Component(service = ApiDocsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("docs")
@Allowed
public class ApiDocsResource {
  /** The only files served: a fixed set, so no path from the request ever reaches the bundle. */
  private static final Map<String, String> FILES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "init.js", "text/javascript; charset=utf-8",
          "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
          "swagger-ui.css", "text/css; charset=utf-8",
          "swagger-ui-bundle.js.LICENSE.txt", "text/plain; charset=utf-8");

  /** Ours; the others come from the Swagger UI web jar. */
  private static final java.util.Set<String> OWN = java.util.Set.of("index.html", "init.js");

  /** To the page, so that its relative links resolve under {@code /api/docs/}. */
  @GET
  public Response index(@Context UriInfo uri) {
    return Response.seeOther(uri.getBaseUriBuilder().path("docs/index.html").build()).build();
  }

  private final String uiFolder;

  @Activate
  public ApiDocsResource(BundleContext context) {
    // Where bnd unpacked the Swagger UI web jar; the header carries its version.
    this.uiFolder = "/" + context.getBundle().getHeaders("").get("GovMeeting-ApiDocs") + "/";
  }

  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String file) {
    String type = FILES.get(file);
    URL url =
        type == null
            ? null
            : ApiDocsResource.class.getResource(
                OWN.contains(file) ? "/apidocs/" + file : uiFolder + file);
    if (url == null) {
      throw new NotFoundException("file", file);
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    cache.setPrivate(true);
    return Response.ok(
            (StreamingOutput)
                out -> {
                  try (InputStream in = url.openStream()) {
                    in.transferTo(out);
                  }
                },
            type)
        .cacheControl(cache)
        .build();
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/}: where a developer starts. It links to the description and the browsable docs, in
 * the body and as RFC 8631 {@code Link} headers ({@code service-desc}, {@code service-doc}).
 */
@Tag(name = ApiTags.ABOUT)
@Component(service = ApiIndexResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class ApiIndexResource {
  private final String version;

  @Activate
  public ApiIndexResource(BundleContext context) {
    this.version = OpenApiResource.version(context);
  }

  /** The API's entry: its name, version and where it is described. */
  @Schema(requiredProperties = {"title", "version", "links"})
  public static class Index {
    @Schema(example = "区政府常务会议 Executive meeting platform")
    public String title;

    @Schema(example = "0.1.0")
    public String version;

    public List<Link> links;
  }

  /** A link of the entry (RFC 8288 relation names). */
  @Schema(requiredProperties = {"rel", "href", "type"})
  public static class Link {
    @Schema(
        description = "service-desc: the OpenAPI description; service-doc: the docs for people",
        example = "service-desc")
    public String rel;

    @Schema(format = "uri", example = "http://localhost:8181/api/openapi.json")
    public String href;

    @Schema(example = "application/vnd.oai.openapi+json;version=3.0")
    public String type;
  }

  @GET
  @Operation(
      operationId = "getApiIndex",
      summary = "接口入口 Where the API is described",
      description =
          "Links to the OpenAPI description and to the docs (Swagger UI), also as `Link`"
              + " headers.")
  @ApiResponse(
      responseCode = "200",
      description = "The entry",
      content = @Content(schema = @Schema(implementation = Index.class)))
  public Response index(@Context UriInfo uri) {
    URI description = uri.getBaseUriBuilder().path("openapi.json").build();
    URI docs = uri.getBaseUriBuilder().path("docs/").build();
    Index index = new Index();
    index.title = OpenApiDocument.TITLE;
    index.version = version;
    index.links =
        List.of(
            link("service-desc", description, "application/vnd.oai.openapi+json;version=3.0"),
            link("service-doc", docs, "text/html"));
    return Response.ok(index).link(description, "service-desc").link(docs, "service-doc").build();
  }

  private static Link link(String rel, URI href, String type) {
    Link l = new Link();
    l.rel = rel;
    l.href = href.toString();
    l.type = type;
    return l;
  }
}

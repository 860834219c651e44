package org.govmeeting.rest.internal;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/openapi.json}: the OpenAPI 3 description of every resource the JAX-RS runtime has
 * registered in this application right now, whichever bundle contributed it. It is rebuilt when the
 * set of resources changes, since modules come and go at runtime.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Tag(name = ApiTags.ABOUT)
@Path("openapi.json")
@Allowed
public class OpenApiResource {
  private final JaxrsServiceRuntime runtime;
  private final BundleContext context;
  private volatile Cached cached;

  private record Cached(List<Long> serviceIds, String json) {}

  @Activate
  public OpenApiResource(@Reference JaxrsServiceRuntime runtime, BundleContext context) {
    this.runtime = runtime;
    this.context = context;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getApiDescription",
      summary = "接口说明 This description",
      description =
          "The OpenAPI 3 description of every operation the platform serves now, with the roles"
              + " each needs (`x-roles`), generated from the resources.")
  @ApiResponse(
      responseCode = "200",
      description = "The OpenAPI document",
      content = @Content(schema = @Schema(type = "object")))
  public String describe() {
    List<Long> ids = new ArrayList<>();
    for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
      if (Api.NAME.equals(app.name)) {
        for (ResourceDTO r : app.resourceDTOs) {
          ids.add(r.serviceId);
        }
      }
    }
    ids.sort(null);
    Cached c = cached;
    if (c != null && c.serviceIds().equals(ids)) {
      return c.json();
    }
    List<Class<?>> classes = new ArrayList<>();
    for (long id : ids) {
      Class<?> type = resourceClass(id);
      if (type != null) {
        classes.add(type);
      }
    }
    String version = version(context);
    String json = Json.pretty(OpenApiDocument.describe(classes, "/api", version));
    cached = new Cached(ids, json);
    return json;
  }

  /**
   * The API's version: the platform's release (its Maven version, carried in the bundle's
   * manifest), the same the build writes into the description it generates the client from.
   */
  static String version(BundleContext context) {
    String v = context.getBundle().getHeaders("").get(VERSION_HEADER);
    return v == null ? Objects.toString(context.getBundle().getVersion()) : v;
  }

  static final String VERSION_HEADER = "GovMeeting-Version";

  /** The class of a whiteboard resource, loaded through the bundle that registered it. */
  private Class<?> resourceClass(long serviceId) {
    try {
      ServiceReference<?>[] refs =
          context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
      if (refs == null || refs.length == 0 || refs[0].getBundle() == null) {
        return null;
      }
      String[] classes = (String[]) refs[0].getProperty("objectClass");
      return refs[0].getBundle().loadClass(classes[0]);
    } catch (InvalidSyntaxException | ClassNotFoundException e) {
      return null;
    }
  }
}

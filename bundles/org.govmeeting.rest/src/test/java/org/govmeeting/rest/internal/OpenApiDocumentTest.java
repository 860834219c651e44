package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.lang.reflect.Method;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import org.govmeeting.api.directory.Role;
import org.junit.Test;

public class OpenApiDocumentTest {

  @Path("things")
  @Allowed
  public static class Things {
    @GET
    public String list() {
      return "";
    }

    @POST
    @Path("{id: \\d+}/approve")
    @Allowed({Role.MAYOR, Role.OFFICE_STAFF})
    public String approve(@javax.ws.rs.PathParam("id") long id) {
      return "";
    }
  }

  @Path("forgotten")
  public static class Forgotten {
    @GET
    public String get() {
      return "";
    }
  }

  @Test
  public void everyOperationCarriesTheRolesTheAccessFilterEnforces() {
    OpenAPI api = OpenApiDocument.describe(List.of(Things.class, Forgotten.class), "/api", "1");
    Operation list = api.getPaths().get("/things").getGet();
    assertEquals(List.of(), list.getExtensions().get(OpenApiDocument.ROLES));
    Operation approve = api.getPaths().get("/things/{id}/approve").getPost();
    assertEquals(
        List.of("MAYOR", "OFFICE_STAFF"), approve.getExtensions().get(OpenApiDocument.ROLES));
    assertTrue(approve.getDescription().contains("MAYOR, OFFICE_STAFF"));
    assertNotNull(approve.getResponses().get("403"));
    // A method without @Allowed is refused to everyone; the description says so.
    assertEquals(
        List.of("(nobody)"),
        api.getPaths().get("/forgotten").getGet().getExtensions().get(OpenApiDocument.ROLES));
    assertEquals("/api", api.getServers().get(0).getUrl());
    assertTrue(Json.pretty(api).contains("\"basicAuth\""));
  }

  @Test
  public void thePlatformsOwnResourcesAreDescribed() throws Exception {
    OpenAPI api =
        OpenApiDocument.describe(
            List.of(TopicsResource.class, MeResource.class, ReviewsResource.class), "/api", "1");
    for (Class<?> c : List.of(TopicsResource.class, MeResource.class, ReviewsResource.class)) {
      for (Method m : c.getMethods()) {
        String verb = OpenApiDocument.httpMethod(m);
        if (verb == null) {
          continue;
        }
        String path = OpenApiDocument.path(c, m);
        assertNotNull(m + " at " + path, api.getPaths().get(path));
        assertNotNull(
            m + " " + verb,
            api.getPaths()
                .get(path)
                .readOperationsMap()
                .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(verb))
                .getExtensions()
                .get(OpenApiDocument.ROLES));
      }
    }
    assertNotNull(api.getComponents().getSchemas().get("TopicForm"));
  }

  @Test
  public void pathsAreWrittenAsOpenApiWritesThem() throws Exception {
    Method approve = Things.class.getMethod("approve", long.class);
    assertEquals("/things/{id}/approve", OpenApiDocument.path(Things.class, approve));
    assertNull(OpenApiDocument.roles(Forgotten.class, Forgotten.class.getMethod("get")));
  }
}

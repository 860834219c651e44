package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.govmeeting.itests.Http.Answer;
import org.govmeeting.itests.Operations.Operation;
import org.junit.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * The whole REST surface as the JAX-RS runtime has registered it: every operation is described in
 * /api/openapi.json with its roles, and every operation refuses anonymous callers and accounts
 * without a role, so a new endpoint that forgets its role check fails the build.
 */
public class ApiSurfaceIT extends PlatformTestSupport {
  @Inject JaxrsServiceRuntime runtime;

  private List<Operation> endpoints() {
    List<Operation> all = Operations.registered(runtime);
    assertTrue("the runtime lists our resources: " + all, all.size() > 60);
    return all;
  }

  @Test
  public void openApiDescribesEveryRegisteredOperationWithItsRoles() {
    Answer a = http.get("openapi.json", "li.jianguo");
    assertEquals(a.toString(), 200, a.status);
    JsonNode doc = a.json();
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    assertEquals("/api", doc.at("/servers/0/url").asText());
    assertEquals("basic", doc.at("/components/securitySchemes/basicAuth/scheme").asText());
    List<String> missing = new ArrayList<>();
    for (Operation e : endpoints()) {
      JsonNode op = e.in(doc);
      if (op.isMissingNode() || !op.has("x-roles")) {
        missing.add(e.verb() + " " + e.path());
      } else {
        assertFalse(e + " is refused to everyone", op.get("x-roles").toString().contains("nobody"));
      }
    }
    assertTrue("not described in openapi.json: " + missing, missing.isEmpty());
    // Roles are those the access filter enforces: convening is the mayor's.
    assertEquals("[\"MAYOR\"]", doc.at("/paths/~1meetings/post/x-roles").toString());
  }

  @Test
  public void everyOperationRefusesAnonymousCallersAndAccountsWithoutARole() {
    List<String> leaks = new ArrayList<>();
    for (Operation e : endpoints()) {
      String body = e.mediaType().startsWith("application/json") ? "{}" : "x";
      Answer anonymous = http.send(e.verb(), e.concrete(), null, null, e.mediaType(), body);
      if (anonymous.status != 401
          || !anonymous.contentType.startsWith("application/problem+json")) {
        leaks.add("anonymous " + e + " -> " + anonymous.status);
      }
      // An account the JAAS realm knows but the district directory does not: no role at all.
      Answer outsider = http.send(e.verb(), e.concrete(), "visitor", "demo", e.mediaType(), body);
      if (outsider.status != 403) {
        leaks.add("visitor " + e + " -> " + outsider.status);
      }
    }
    assertTrue("endpoints answering without a role check: " + leaks, leaks.isEmpty());
  }

  @Test
  public void roleRestrictedOperationsRefuseADepartmentClerk() {
    JsonNode doc = http.get("openapi.json", "li.jianguo").json();
    int checked = 0;
    List<String> leaks = new ArrayList<>();
    for (Operation e : endpoints()) {
      JsonNode roles = e.in(doc).path("x-roles");
      if (roles.size() == 0 || roles.toString().contains("DEPARTMENT_STAFF")) {
        continue;
      }
      String body = e.mediaType().startsWith("application/json") ? "{}" : "x";
      // lin.na is a clerk of the development and reform bureau: DEPARTMENT_STAFF only.
      Answer a = http.send(e.verb(), e.concrete(), "lin.na", "demo", e.mediaType(), body);
      checked++;
      if (a.status != 403) {
        leaks.add(e + " -> " + a.status);
      }
    }
    assertTrue(checked > 20);
    assertTrue("a clerk passed a role check: " + leaks, leaks.isEmpty());
  }

  @Test
  public void swaggerUiIsServedForBrowsingTheDescription() {
    Answer redirect = http.get("docs", "li.jianguo");
    assertEquals(redirect.toString(), 303, redirect.status);
    assertTrue(redirect.header("Location").endsWith("/api/docs/index.html"));
    Answer page = http.get("docs/index.html", "li.jianguo");
    assertEquals(200, page.status);
    assertTrue(page.body, page.body.contains("swagger-ui-bundle.js"));
    Answer init = http.get("docs/init.js", "li.jianguo");
    assertEquals(200, init.status);
    assertTrue(init.body.contains("SwaggerUIBundle") && init.body.contains("../openapi.json"));
    Answer script = http.get("docs/swagger-ui-bundle.js", "li.jianguo");
    assertEquals(200, script.status);
    assertTrue(script.body.length() > 100_000);
    assertEquals(404, http.get("docs/..%2Fopenapi.json", "li.jianguo").status);
    assertEquals(401, http.get("docs/index.html", null).status);
  }

  @Test
  public void theWebConsoleIsOffAndKarafKarafOpensNothing() {
    // Issue 14 item 1: this answered 200 and the console installs bundles and edits the realm.
    Answer console = http.send("GET", "/system/console/bundles.json", "karaf", "karaf", null, null);
    assertTrue(console.toString(), console.status == 401 || console.status == 404);
    Answer mayor = http.send("GET", "/system/console/configMgr", "li.jianguo", "demo", null, null);
    assertEquals("no console is installed", 404, mayor.status);
  }
}

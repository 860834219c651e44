package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.govmeeting.itests.Http.Answer;
import org.govmeeting.itests.Operations.Operation;
import org.junit.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Issue 14 item 6: a page on another site made the browser send state-changing calls with the
 * user's cached Basic credentials (a form POST without a body signed minutes). Every POST, PUT,
 * DELETE and PATCH the runtime has registered is sent as such a form would send it, and must be
 * refused before anything runs.
 */
public class SameSiteIT extends PlatformTestSupport {
  private static final Set<String> CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final String NO_HEADER = "";

  @Inject JaxrsServiceRuntime runtime;

  private static boolean crossSite(Answer a) {
    return a.status == 403 && a.body.contains("urn:govmeeting:problem:cross-site");
  }

  @Test
  public void everyStateChangingCallRefusesAFormWithoutJsonOrTheHeader() {
    List<String> accepted = new ArrayList<>();
    int checked = 0;
    for (Operation e : Operations.registered(runtime)) {
      if (!CHANGING.contains(e.verb())) {
        continue;
      }
      checked++;
      // The mayor may call nearly everything: a refusal here is not a role check.
      for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", null}) {
        Answer a =
            http.send(
                e.verb(),
                e.concrete(),
                "li.jianguo",
                Http.DEMO_PASSWORD,
                type,
                type == null ? null : "a=1",
                "X-Requested-With",
                NO_HEADER);
        if (!crossSite(a)) {
          accepted.add(e.verb() + " " + e.concrete() + " [" + type + "] -> " + a.status);
        }
      }
    }
    assertTrue("state-changing operations: " + checked, checked > 20);
    assertTrue("forgeable calls: " + accepted, accepted.isEmpty());
  }

  @Test
  public void aForeignOriginIsRefusedEvenWithJsonAndTheHeader() {
    Scenario s = new Scenario(http);
    long topic = s.create("lin.na", Scenario.form("关于跨站请求检查的议题", "T3", "ma.qiang"));
    Answer forged =
        http.send(
            "POST",
            "topics/" + topic + "/submit",
            "lin.na",
            Http.DEMO_PASSWORD,
            "application/json",
            null,
            "Origin",
            "https://evil.example");
    assertProblem(forged, 403, null);
    assertTrue(crossSite(forged));
    assertEquals(
        "nothing was submitted",
        "DRAFT",
        http.get("topics/" + topic, "lin.na").json().get("status").asText());
    // The platform's own origin passes.
    int port = Integer.getInteger(PORT_PROPERTY);
    Answer own =
        http.send(
            "PUT",
            "topics/" + topic,
            "lin.na",
            Http.DEMO_PASSWORD,
            "application/json",
            Scenario.form("关于跨站请求检查的议题（修改）", "T3", "ma.qiang").toString(),
            "Origin",
            "http://localhost:" + port,
            "If-Match",
            http.get("topics/" + topic, "lin.na").header("ETag"));
    assertEquals(own.toString(), 200, own.status);
  }

  @Test
  public void aRawUploadNeedsTheHeader() {
    Scenario s = new Scenario(http);
    long topic = s.create("lin.na", Scenario.form("关于上传跨站检查的议题", "T3", "ma.qiang"));
    String path = "topics/" + topic + "/files?kind=EXPLANATION&name=a.pdf";
    Answer forged =
        http.send(
            "POST",
            path,
            "lin.na",
            Http.DEMO_PASSWORD,
            "application/octet-stream",
            "%PDF-1.4",
            "X-Requested-With",
            NO_HEADER);
    assertTrue(forged.toString(), crossSite(forged));
    assertEquals(0, http.get("topics/" + topic, "lin.na").json().path("files").size());
    Answer own =
        http.send("POST", path, "lin.na", Http.DEMO_PASSWORD, "application/octet-stream", "%PDF");
    assertEquals(own.toString(), 201, own.status);
  }
}

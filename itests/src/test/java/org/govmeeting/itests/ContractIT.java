package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * The API description the running platform serves is the one the build generated the Java client
 * from (so {@link ClientCycleIT} tests the contract that is kept), and it is written out for the
 * linters that CI runs on it (Redocly CLI, openapi-generator's validation: see .ci/run). The entry
 * point and the problems of the HTTP layer follow the same contract.
 */
public class ContractIT extends PlatformTestSupport {
  static final String BUILT = "govmeeting.itest.openapi.built";
  static final String LIVE = "govmeeting.itest.openapi.live";

  @Test
  public void theLiveDescriptionIsTheOneTheClientWasGeneratedFrom() throws IOException {
    Answer a = http.get("openapi.json", "li.jianguo");
    ok(a, 200);
    String live = System.getProperty(LIVE);
    if (live != null && !live.isEmpty()) {
      Path out = Path.of(live);
      Files.createDirectories(out.getParent());
      Files.writeString(out, a.body, StandardCharsets.UTF_8);
    }
    JsonNode built =
        Scenario.JSON.readTree(
            Files.readString(Path.of(System.getProperty(BUILT)), StandardCharsets.UTF_8));
    JsonNode served = a.json();
    assertEquals(built.get("info"), served.get("info"));
    assertEquals(built.get("paths").size(), served.get("paths").size());
    assertEquals(
        "the live description differs from the build's (a resource not registered, or described"
            + " differently at run time)",
        built,
        served);
    // a semantic version, the release's: not a bundle's build timestamp
    assertTrue(
        served.at("/info/version").asText(),
        served.at("/info/version").asText().matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"));
  }

  @Test
  public void theTopicFormExampleIsOneThatPassesAsItStands() {
    // issue 16: Swagger UI's prefilled POST /topics failed with an I2 error about revisesTopicId
    JsonNode example =
        http.get("openapi.json", "xie.yu")
            .json()
            .at("/paths/~1topics/post/requestBody/content/application~1json/examples")
            .elements()
            .next()
            .get("value");
    Answer filed = http.post("topics", "xie.yu", example.toString());
    ok(filed, 201);
    Answer submitted =
        http.post("topics/" + filed.json().get("id").asLong() + "/submit", "xie.yu", "");
    ok(submitted, 200);
    assertEquals("IN_REVIEW", submitted.json().get("status").asText());
  }

  @Test
  public void theEntryLinksToTheDescriptionAndTheDocs() {
    Answer root = http.get("", "xie.yu");
    ok(root, 200);
    String links = root.json().get("links").toString();
    assertTrue(links, links.contains("service-desc") && links.contains("/api/openapi.json"));
    assertTrue(links, links.contains("service-doc") && links.contains("/api/docs/"));
    assertTrue(root.raw.headers().allValues("Link").toString().contains("rel=\"service-desc\""));
    ok(
        http.get(root.json().at("/links/0/href").asText().replaceFirst("^.*/api/", ""), "xie.yu"),
        200);
  }

  @Test
  public void everyProblemHasATypeOfTheOneScheme() {
    // issue 16: an unknown path and a 415 answered type about:blank
    Answer missing = http.get("no-such-thing", "xie.yu");
    assertProblem(missing, 404, null);
    assertEquals("urn:govmeeting:problem:not-found", missing.json().get("type").asText());
    Answer wrongType =
        http.send("POST", "meetings", "li.jianguo", Http.DEMO_PASSWORD, "text/plain", "x");
    assertProblem(wrongType, 415, null);
    assertEquals(
        "urn:govmeeting:problem:unsupported-media-type", wrongType.json().get("type").asText());
    Answer verb = http.send("DELETE", "meetings", "li.jianguo", Http.DEMO_PASSWORD, null, null);
    assertEquals("urn:govmeeting:problem:method-not-allowed", verb.json().get("type").asText());
  }

  @Test
  public void pagingAndEnumsInTheQueryAre400WithTheAllowedValues() {
    // issue 16: offset=99999999999 gave 404 and limit=-5 silently became 1
    for (String query :
        new String[] {
          "topics?offset=99999999999",
          "topics?offset=-1",
          "topics?limit=-5",
          "topics?limit=201",
          "meetings?limit=ten",
          "tasks?offset=1.5",
          "units/EDUCATION/changes?limit=500"
        }) {
      Answer a = http.get(query, "li.jianguo");
      assertProblem(a, 400, null);
      String field = query.contains("offset") ? "offset" : "limit";
      assertEquals(query, field, a.json().get("field").asText());
      assertTrue(
          query + ": " + a.json(),
          a.json()
              .get("detail")
              .asText()
              .contains(field.equals("offset") ? "0 to 2147483647" : "1 to 200"));
    }
    Answer status = http.get("topics?status=FINISHED", "li.jianguo");
    assertProblem(status, 400, null);
    assertTrue(status.body, status.json().get("detail").asText().contains("IN_REVIEW"));
    Answer category = http.get("topics?category=T1", "li.jianguo");
    assertProblem(category, 400, null);
    assertTrue(
        category.body, category.json().get("detail").asText().contains("NORMATIVE_DOCUMENT (T4)"));
    Answer state = http.get("tasks?state=DONE", "li.jianguo");
    assertProblem(state, 400, null);
    assertTrue(state.body, state.json().get("detail").asText().contains("COMPLETION_REPORTED"));
    assertProblem(http.get("notices?unacknowledged=maybe", "li.jianguo"), 400, null);
    assertProblem(http.get("tasks/overview?meeting=x", "li.jianguo"), 400, null);
    ok(http.get("topics?offset=0&limit=200", "li.jianguo"), 200);
  }
}

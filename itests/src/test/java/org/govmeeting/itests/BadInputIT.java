package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.govmeeting.itests.Http.Answer;
import org.govmeeting.itests.Operations.Operation;
import org.junit.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Every endpoint that takes a body, fed what a careless or hostile client sends: always a 4xx
 * problem+json without a stack trace, never a 5xx, and nothing written.
 */
public class BadInputIT extends PlatformTestSupport {
  @Inject JaxrsServiceRuntime runtime;

  private static Map<String, String> bodies() {
    Map<String, String> b = new LinkedHashMap<>();
    b.put("malformed", "{\"name\": ");
    b.put("array", "[1,2,3]");
    b.put("string", "\"just text\"");
    b.put("number", "12345");
    b.put("null", "null");
    b.put("unknown field", "{\"zzz_no_such_field\":1}");
    b.put(
        "wrong types",
        "{\"name\":{\"a\":1},\"scheduledAt\":42,\"text\":[],\"reason\":{},\"meetingId\":\"x\","
            + "\"percent\":\"half\",\"category\":99,\"roles\":\"MAYOR\"}");
    b.put("NUL", "{\"name\":\"a\\u0000b\",\"text\":\"a\\u0000b\",\"reason\":\"a\\u0000b\"}");
    b.put(
        "direction override",
        "{\"name\":\"x\\u202Efdp.exe\",\"text\":\"x\\u202E\",\"reason\":\"\\u202E\"}");
    b.put("broken surrogate", "{\"name\":\"\\uD83D\",\"text\":\"\\uD83D\",\"reason\":\"\\uD83D\"}");
    b.put("oversize", "{\"text\":\"" + "长".repeat(700_000) + "\"}");
    return b;
  }

  /** The operations that take a JSON body. */
  private List<Operation> bodyEndpoints() {
    List<Operation> all = new ArrayList<>();
    for (Operation o : Operations.registered(runtime)) {
      if (o.consumes().contains("application/json")
          && List.of("POST", "PUT", "PATCH").contains(o.verb())) {
        all.add(o);
      }
    }
    return all;
  }

  /** What must not change when every request is refused. */
  private String snapshot() {
    return http.get("meetings", "li.jianguo").body
        + http.get("topics?limit=200", "chen.jing").body
        + http.get("people", "li.jianguo").body
        + http.get("tasks", "chen.jing").body;
  }

  @Test
  public void everyBodyEndpointRefusesBadInputWithA4xxProblemAndWritesNothing() {
    JsonNode doc = http.get("openapi.json", "li.jianguo").json();
    List<Operation> endpoints = bodyEndpoints();
    assertTrue("endpoints with a JSON body: " + endpoints, endpoints.size() > 30);
    String before = snapshot();
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Operation e : endpoints) {
      JsonNode roles = e.in(doc).path("x-roles");
      String user = roles.isEmpty() ? "lin.na" : Scenario.holder(roles.get(0).asText());
      // Existing records are never touched: every id in the path names nothing.
      String path = e.concrete().replaceAll("(^|/)1(?=/|$)", "$1999999");
      for (Map.Entry<String, String> body : bodies().entrySet()) {
        Answer a =
            http.send(
                e.verb(), path, user, Http.DEMO_PASSWORD, "application/json", body.getValue());
        calls++;
        boolean problem =
            a.contentType != null && a.contentType.startsWith("application/problem+json");
        if (a.status < 400
            || a.status >= 500
            || !problem
            || a.body.contains("\tat ")
            || a.body.contains("Exception")) {
          wrong.add(
              e.verb()
                  + " "
                  + path
                  + " ["
                  + body.getKey()
                  + "] -> "
                  + a.status
                  + " "
                  + clip(a.body));
        }
      }
    }
    assertTrue(calls + " calls; wrong answers: " + wrong, wrong.isEmpty());
    assertEquals("a refused request changed something", before, snapshot());
  }

  @Test
  public void unusualTextIsKeptExactlyAndControlCharactersAreRefused() {
    Scenario s = new Scenario(http);
    String name = "关于😀社区e\u0301 עברית 服务站的议题";
    long topic = s.create("lin.na", Scenario.form(name, "T3", "ma.qiang"));
    assertEquals(name, http.get("topics/" + topic, "lin.na").json().at("/form/name").asText());
    Answer nul =
        http.post("topics", "lin.na", Scenario.form("议题\u0000名称", "T3", "ma.qiang").toString());
    assertProblem(nul, 400, null);
    assertEquals("name", nul.json().path("field").asText());
  }

  @Test
  public void uploadedFileNamesArePlainNamesAndSizesAreCapped() {
    Scenario s = new Scenario(http);
    long topic = s.create("lin.na", Scenario.form("关于材料上传检查的议题", "T3", "ma.qiang"));
    String files = "topics/" + topic + "/files?kind=EXPLANATION&name=";
    Answer traversal =
        http.send(
            "POST",
            files + "..%2F..%2Fetc%2Fpasswd",
            "lin.na",
            "demo",
            "application/pdf",
            "%PDF-1.4");
    assertEquals(traversal.toString(), 201, traversal.status);
    assertEquals("passwd", traversal.json().get("fileName").asText());
    assertProblem(
        http.send("POST", files + "a%00b.pdf", "lin.na", "demo", "application/pdf", "%PDF"),
        400,
        null);
    assertProblem(
        http.send("POST", files + "x%E2%80%AEfdp.exe", "lin.na", "demo", "application/pdf", "%PDF"),
        400,
        null);
    assertProblem(
        http.send("POST", files + "..", "lin.na", "demo", "application/pdf", "%PDF"), 400, null);
    // Larger than the intake's limit (20 MiB) but under the REST cap: refused by the module.
    Answer big =
        http.send(
            "POST", files + "big.pdf", "lin.na", "demo", "application/pdf", "x".repeat(21 << 20));
    assertProblem(big, 400, null);
    // Larger than the REST cap (32 MiB): refused while it arrives.
    Answer huge =
        http.send(
            "POST", files + "huge.pdf", "lin.na", "demo", "application/pdf", "x".repeat(33 << 20));
    assertTrue(huge == null || huge.status == 413);
    assertEquals(1, http.get("topics/" + topic, "lin.na").json().get("files").size());
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}

package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** Authentication, authorisation and the error model, over HTTP against the running platform. */
public class RestAccessIT extends PlatformTestSupport {

  private static void assertProblem(Answer a, int status) {
    assertEquals(a.toString(), status, a.status);
    assertTrue(a.toString(), a.contentType.startsWith("application/problem+json"));
    JsonNode p = a.json();
    assertEquals(status, p.get("status").asInt());
    assertFalse(p.get("title").asText().isBlank());
    assertNoStackTrace(a);
  }

  private static void assertNoStackTrace(Answer a) {
    assertFalse(a.body, a.body.contains("\tat ") || a.body.contains("Exception"));
  }

  @Test
  public void withoutCredentialsIs401WithAChallenge() {
    Answer a = http.get("me", null);
    assertProblem(a, 401);
    assertTrue(a.header("WWW-Authenticate").startsWith("Basic"));
  }

  @Test
  public void wrongPasswordIs401() {
    assertProblem(http.send("GET", "me", "li.jianguo", "wrong", null, null), 401);
    assertProblem(http.send("GET", "me", "nobody.at.all", "demo", null, null), 401);
  }

  @Test
  public void accountOutsideTheDirectoryIs403() {
    assertProblem(http.get("me", "visitor"), 403);
    // The stock Karaf administrator karaf/karaf is no account of this distribution.
    assertProblem(http.send("GET", "people", "karaf", "karaf", null, null), 401);
  }

  @Test
  public void roleIsCheckedOnEveryCall() {
    String body =
        "{\"id\":\"zhu.ke\",\"name\":\"朱珂\",\"unitId\":\"HEALTH\",\"roles\":[\"DEPARTMENT_STAFF\"]}";
    Answer refused = http.post("people", "lin.na", body);
    assertProblem(refused, 403);
    assertEquals("nothing changed", 404, http.get("people/zhu.ke", "li.jianguo").status);
    Answer created = http.post("people", "liu.yang", body);
    assertEquals(created.toString(), 201, created.status);
    assertTrue(created.header("Location").endsWith("/api/people/zhu.ke"));
    assertEquals(200, http.get("people/zhu.ke", "lin.na").status);
  }

  @Test
  public void meSaysWhoICanBe() {
    Answer a = http.get("me", "wang.hong");
    assertEquals(a.toString(), 200, a.status);
    JsonNode me = a.json();
    assertEquals("王红", me.at("/person/name").asText());
    assertEquals("LEADERSHIP", me.at("/unit/id").asText());
    assertTrue(me.at("/person/member").asBoolean());
    assertTrue(me.at("/person/roles").toString().contains("EXECUTIVE_VICE_MAYOR"));
    assertTrue(me.at("/person/portfolio").toString().contains("FINANCE"));
  }

  @Test
  public void malformedJsonIs400() {
    assertProblem(http.post("people", "liu.yang", "{\"id\": "), 400);
  }

  @Test
  public void unknownFieldIs400NamingTheField() {
    Answer a = http.post("people", "liu.yang", "{\"nmae\":\"x\"}");
    assertProblem(a, 400);
    assertEquals("nmae", a.json().get("field").asText());
  }

  @Test
  public void missingFieldIs400NamingTheField() {
    Answer a = http.post("people", "liu.yang", "{\"id\":\"qin.yu\",\"unitId\":\"HEALTH\"}");
    assertProblem(a, 400);
    assertEquals("name", a.json().get("field").asText());
  }

  @Test
  public void unknownResourceIs404AndWrongMethod405() {
    assertProblem(http.get("no-such-thing", "li.jianguo"), 404);
    assertProblem(http.get("people/nobody", "li.jianguo"), 404);
    assertProblem(http.send("DELETE", "me", "li.jianguo", "demo", null, null), 405);
  }

  @Test
  public void ruleViolationCarriesTheClause() {
    // rule: S1 — only a vice-mayor or party-group member can hold a portfolio
    Answer a =
        http.put(
            "units/HEALTH/supervisor",
            "chen.jing",
            "{\"supervisorId\":\"luo.ping\",\"reason\":\"x\"}");
    assertProblem(a, 400);
    assertEquals("S1", a.json().get("clause").asText());
    assertEquals("supervisorId", a.json().get("field").asText());
    assertEquals(
        "zhao.min", http.get("units/HEALTH", "li.jianguo").json().get("supervisorId").asText());
  }

  @Test
  public void portfolioChangeIsRecordedWithWhoAndWhy() {
    Answer a =
        http.put(
            "units/MARKET/supervisor",
            "chen.jing",
            "{\"supervisorId\":\"wu.gang\",\"reason\":\"分工调整\"}");
    assertEquals(a.toString(), 200, a.status);
    JsonNode change = http.get("units/MARKET/changes", "chen.jing").json().get(0);
    assertNotNull(change);
    assertEquals("chen.jing", change.get("actorId").asText());
    assertEquals("OFFICE_DIRECTOR", change.get("actorRole").asText());
    assertEquals("分工调整", change.get("reason").asText());
    assertTrue(
        http.get("people/wu.gang", "li.jianguo")
            .json()
            .get("portfolio")
            .toString()
            .contains("MARKET"));
    assertProblem(http.get("units/MARKET/changes", "lin.na"), 403);
  }
}

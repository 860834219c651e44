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
      if (e.path().equals("/docs") || e.path().startsWith("/docs/")) {
        // Swagger UI's page and scripts are no operations of the API (issue 16).
        assertTrue(e + " is described", op.isMissingNode());
        continue;
      }
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

  /**
   * Every GET the runtime has, as two outsiders of a meeting with a confidential and a deferred
   * item: a subdistrict head (whose unit the minutes were issued to) and a clerk of an unrelated
   * unit. Any 200 that carries what was said or decided there, or the items' titles, is a leak.
   */
  @Test
  public void noGetTellsAnOutsiderAConfidentialOrUndecidedMatter() {
    // rule: K3 — leaders' remarks, undecided matters and confidential decisions stay in the room
    SecretMeeting m = new SecretMeeting(http);
    List<String> leaks = new ArrayList<>();
    for (String outsider : new String[] {"su.ming", "tang.li"}) {
      leaks.addAll(secretsRead(outsider, m));
    }
    assertTrue("outsiders read what stays in the meeting: " + leaks, leaks.isEmpty());
    // The control: the same GETs as the mayor reach every secret, so the paths are the right ones.
    String seen = String.join("\n", secretsRead("li.jianguo", m));
    for (String secret : SecretMeeting.SECRETS) {
      assertTrue("the mayor did not read \"" + secret + "\" in:\n" + seen, seen.contains(secret));
    }
    // the same reads for those who may: the record for a participant, the task for its unit
    String record = http.get("deliberations/" + m.meeting + "/" + m.confidential, "zhao.min").body;
    assertTrue(record, record.contains(SecretMeeting.LEADER_REMARK));
    String task = http.get("tasks/" + m.task, "xie.yu").body;
    assertTrue(task, task.contains(SecretMeeting.TASK_WHAT));
    assertEquals(404, http.get("tasks/" + m.task, "su.ming").status);
    assertEquals(403, http.get("deliberations/" + m.meeting, "su.ming").status);
    assertEquals(403, http.get("topic-lists/" + m.meeting, "tang.li").status);
    assertEquals(403, http.get("meetings/" + m.meeting + "/attendance", "tang.li").status);
    assertEquals(200, http.get("meetings/" + m.meeting + "/attendance", "liu.yang").status);
    String minutes = http.get("minutes/" + m.minutes, "su.ming").body;
    assertTrue(minutes, minutes.contains("\"text\""));
  }

  /**
   * Every GET of the API as a person of another district, with the IDs of a Qianjin meeting held,
   * minuted and followed up: Dongfeng's mayor, who sees everything of his own district, and its
   * Office director. Any 200 that carries anything of that meeting, or Qianjin's mayor, is a leak
   * across districts; the IDs of the Qianjin records answer 404 as for anything not there.
   */
  @Test
  public void noGetShowsAPersonOfAnotherDistrictAnythingOfThisOne() throws Exception {
    // rule: K3 — a district's records stay its own: another district's people never read them
    SecretMeeting m = new SecretMeeting(http);
    DistrictsIT.dongfeng(http);
    List<String> leaks = new ArrayList<>();
    for (String other : new String[] {"zhang.dongsheng", "wang.lan"}) {
      leaks.addAll(read(other, m, "li.jianguo"));
    }
    assertTrue("Dongfeng read Qianjin's records: " + leaks, leaks.isEmpty());
    for (String path :
        new String[] {
          "meetings/" + m.meeting,
          "topics/" + m.confidential,
          "topics/" + m.deferred,
          "minutes/" + m.minutes,
          "tasks/" + m.task
        }) {
      assertEquals(path, 404, http.get(path, "zhang.dongsheng").status);
      assertEquals(path, 200, http.get(path, "li.jianguo").status);
    }
  }

  /**
   * Every GET of the API as {@code user}: each 200 that carries a secret, as "user GET path
   * secret".
   */
  private List<String> secretsRead(String user, SecretMeeting m) {
    return read(user, m);
  }

  /**
   * Every GET of the API as {@code user}: each 200 that carries a secret or one of {@code more}.
   */
  private List<String> read(String user, SecretMeeting m, String... more) {
    List<String> secrets = new ArrayList<>(SecretMeeting.SECRETS);
    secrets.addAll(List.of(more));
    List<String> found = new ArrayList<>();
    int asked = 0;
    for (Operation e : endpoints()) {
      if (!e.verb().equals("GET")) {
        continue;
      }
      for (String path : concrete(e.template(), m)) {
        if (more.length > 0 && path.startsWith("openapi")) {
          // The description is everyone's, the same for all: its examples name demo people.
          continue;
        }
        Answer a = http.send("GET", path, user, "demo", null, null);
        asked++;
        for (String secret : secrets) {
          if (a.status == 200 && a.body.contains(secret)) {
            found.add(user + " GET " + path + " -> 200 with \"" + secret + "\"");
          }
        }
      }
    }
    assertTrue("asked " + asked, asked > 30);
    return found;
  }

  /**
   * The operation's path with its variables filled from the secret meeting, one path per value a
   * variable can take (both items where a topic is asked for), and a filter to the meeting where a
   * list takes one.
   */
  private static List<String> concrete(String template, SecretMeeting m) {
    String path = template.replaceAll("/+", "/").replaceFirst("^/", "");
    String root = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    List<String> out = new ArrayList<>(List.of(path));
    java.util.regex.Matcher v =
        java.util.regex.Pattern.compile("\\{\\s*(\\w+)[^}]*}").matcher(path);
    while (v.find()) {
      String name = v.group(1);
      String whole = v.group();
      List<String> values;
      if (name.equals("topicId") || (root.equals("topics") && name.equals("id"))) {
        values = List.of(String.valueOf(m.confidential), String.valueOf(m.deferred));
      } else if (name.equals("meetingId") || (root.equals("meetings") && name.equals("id"))) {
        values = List.of(String.valueOf(m.meeting));
      } else if (root.equals("minutes") && name.equals("id")) {
        values = List.of(String.valueOf(m.minutes));
      } else if (root.equals("tasks") && name.equals("id")) {
        values = List.of(String.valueOf(m.task));
      } else if (name.equals("attachment")) {
        values = List.of(String.valueOf(m.attachment));
      } else if (name.equals("erratum")) {
        values = List.of(String.valueOf(m.erratum));
      } else {
        values = List.of("1");
      }
      List<String> next = new ArrayList<>();
      for (String p : out) {
        for (String value : values) {
          next.add(p.replace(whole, value));
        }
      }
      out = next;
    }
    if (!path.contains("{") && (root.equals("tasks") || root.equals("topics"))) {
      out.add(path + "?meeting=" + m.meeting);
    }
    return out;
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

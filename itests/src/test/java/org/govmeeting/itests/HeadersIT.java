package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * Issue 14 item 11 and the low ones: what the answers tell a browser and an attacker. Types are not
 * sniffed, data is not cached or framed, uploaded HTML is never served as HTML, Jetty's own errors
 * are problems too, and no version or path structure leaks to anonymous callers.
 */
public class HeadersIT extends PlatformTestSupport {

  private static void assertGuarded(Answer a) {
    assertEquals(a.toString(), "nosniff", a.header("X-Content-Type-Options"));
    assertTrue(
        a.toString(),
        String.valueOf(a.header("Content-Security-Policy")).contains("frame-ancestors 'none'"));
    assertNull("no server version", a.header("Server"));
  }

  @Test
  public void dataIsNotSniffedFramedOrCached() {
    for (String path : new String[] {"me", "people", "meetings", "topics", "no-such-thing"}) {
      Answer a = http.get(path, "li.jianguo");
      assertGuarded(a);
      assertEquals(a.toString(), "no-store", a.header("Cache-Control"));
    }
    assertGuarded(http.get("me", null));
    assertGuarded(http.get("me", "li.jianguo"));
  }

  @Test
  public void theApiDescriptionRunsOnlyItsOwnScripts() {
    Answer page = http.get("docs/index.html", "li.jianguo");
    assertGuarded(page);
    String csp = page.header("Content-Security-Policy");
    assertTrue(csp, csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"));
    assertFalse("no inline script: the policy would block it", page.body.contains("<script>"));
    assertEquals(200, http.get("docs/init.js", "li.jianguo").status);
  }

  @Test
  public void anUploadedHtmlFileIsServedAsBytesToSave() {
    Scenario s = new Scenario(http);
    long topic = s.create("lin.na", Scenario.form("关于附件类型检查的议题", "T3", "ma.qiang"));
    Answer up =
        http.send(
            "POST",
            "topics/" + topic + "/files?kind=EXPLANATION&name=x.html",
            "lin.na",
            Http.DEMO_PASSWORD,
            "text/html",
            "<script>alert(document.cookie)</script>");
    assertEquals(up.toString(), 201, up.status);
    Answer down = http.get("topics/" + topic + "/files/" + up.json().get("id").asLong(), "lin.na");
    assertEquals(200, down.status);
    assertEquals("application/octet-stream", down.contentType);
    assertTrue(down.header("Content-Disposition").startsWith("attachment"));
    assertGuarded(down);
  }

  /** Sends raw bytes and returns the whole answer (Jetty's own errors come before any servlet). */
  private static String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", Integer.getInteger(PORT_PROPERTY))) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  public void jettysOwnErrorsAreProblemsWithoutAVersion() throws IOException {
    String longUri = raw("GET /api/me?" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    String bigHeader =
        raw("GET /api/me HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
    String garbage = raw("GET /api/me HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n");
    for (String answer : new String[] {longUri, bigHeader, garbage}) {
      String head = answer.split("\r\n\r\n", 2)[0];
      assertTrue(answer, head.matches("(?s)HTTP/1.1 4\\d\\d .*"));
      assertTrue(answer, head.contains("application/problem+json"));
      assertFalse(answer, head.toLowerCase(java.util.Locale.ROOT).contains("server: jetty"));
    }
    assertTrue(longUri, longUri.startsWith("HTTP/1.1 414"));
    assertTrue(bigHeader, bigHeader.startsWith("HTTP/1.1 431"));
    Answer charset =
        http.send(
            "POST",
            "topics",
            "lin.na",
            Http.DEMO_PASSWORD,
            "application/json; charset=bogus",
            "{}");
    assertProblem(charset, 400, null);
  }

  @Test
  public void badPagingAndFarMonthsAre400NotA500OrMegabytes() {
    assertProblem(http.get("topics?offset=99999999999", "li.jianguo"), 400, null);
    assertProblem(http.get("meetings?limit=1e9", "li.jianguo"), 400, null);
    Answer far = http.get("meetings/gaps?until=9999-12", "chen.jing");
    assertProblem(far, 400, null);
    assertEquals("until", far.json().get("field").asText());
  }

  @Test
  public void invisibleCharactersAreRefusedInNames() {
    for (String c : new String[] {"\u0085", "\u200B", "\u200F", "\uFEFF"}) {
      Answer a =
          http.post(
              "topics", "lin.na", Scenario.form("关于" + c + "议题", "T3", "ma.qiang").toString());
      assertProblem(a, 400, null);
      assertEquals("name", a.json().path("field").asText());
    }
    Scenario s = new Scenario(http);
    long topic = s.create("lin.na", Scenario.form("关于文件名检查的议题", "T3", "ma.qiang"));
    Answer file =
        http.send(
            "POST",
            "topics/" + topic + "/files?kind=EXPLANATION&name=a%E2%80%8B.pdf",
            "lin.na",
            Http.DEMO_PASSWORD,
            "application/pdf",
            "%PDF");
    assertProblem(file, 400, null);
  }

  @Test
  public void anonymousCallersCannotTellRealPathsFromUnknownOnes() {
    Answer real = http.get("meetings", null);
    Answer unknown = http.get("no/such/path", null);
    Answer outside = http.send("GET", "/api/../api/secret", null, null, null, null);
    assertEquals(401, real.status);
    // The same answer but for the call's own id (issue 17: every problem names its request).
    String id = "\"requestId\":\"[^\"]*\"";
    assertEquals(real.body.replaceAll(id, ""), unknown.body.replaceAll(id, ""));
    assertEquals(401, unknown.status);
    assertTrue(outside.toString(), outside.status == 401 || outside.status == 400);
  }
}

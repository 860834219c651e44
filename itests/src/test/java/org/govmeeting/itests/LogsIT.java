package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * What an operations team reads (issue 17, item 4): the request id on every call, the access log,
 * one audit line per act, and a karaf.log free of the libraries' chatter.
 */
public class LogsIT extends PlatformTestSupport {

  private static Path log(String name) {
    return Path.of(System.getProperty("karaf.data"), "log", name);
  }

  /** The log's text once it holds what is looked for (appenders write asynchronously). */
  private static String until(String name, Predicate<String> holds) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String text = "";
    while (System.nanoTime() < deadline) {
      text = Files.exists(log(name)) ? Files.readString(log(name), StandardCharsets.UTF_8) : "";
      if (holds.test(text)) {
        return text;
      }
      Thread.sleep(100);
    }
    return text;
  }

  @Test
  public void everyCallHasAnIdInItsAnswerItsProblemAndTheAccessLog() throws Exception {
    Answer mine =
        http.send(
            "GET",
            "topics/999999",
            "xie.yu",
            Http.DEMO_PASSWORD,
            null,
            null,
            "X-Request-Id",
            "portal-4711");
    assertEquals(404, mine.status);
    assertEquals("portal-4711", mine.header("X-Request-Id"));
    assertEquals("portal-4711", mine.json().get("requestId").asText());
    String access = until("access.log", t -> t.contains("id=portal-4711"));
    assertTrue(access, access.contains("xie.yu \"GET /api/topics/999999\" 404"));

    // A forged id (a line break to write a log line of one's own) is replaced by a new one.
    Answer forged =
        http.send("GET", "me", "xie.yu", Http.DEMO_PASSWORD, null, null, "X-Request-Id", "a b");
    assertNotEquals("a b", forged.header("X-Request-Id"));
    assertEquals(36, forged.header("X-Request-Id").length());
    Answer anonymous = http.send("GET", "me", null, null, null, null);
    assertEquals(401, anonymous.status);
    assertTrue(anonymous.body, anonymous.json().hasNonNull("requestId"));
  }

  @Test
  public void anActLeavesOneAuditLineWithWhoAndWhat() throws Exception {
    Scenario s = new Scenario(http);
    long topic = s.create("xie.yu", Scenario.form("关于校园安全管理的议题", "T3", "luo.ping"));
    String audit = until("audit.log", t -> t.contains("act POST /api/topics by xie.yu"));
    assertTrue(audit, audit.contains("act POST /api/topics by xie.yu [DEPARTMENT_STAFF] -> 201"));
    assertTrue(audit, audit.contains("/api/topics/" + topic));
    // A refused act changed nothing and is no act.
    int refused = http.post("topics/" + topic + "/submit", "su.ming", "").status;
    assertTrue("refused: " + refused, refused == 403 || refused == 404);
    Thread.sleep(300);
    assertFalse(
        Files.readString(log("audit.log"), StandardCharsets.UTF_8)
            .contains("act POST /api/topics/" + topic + "/submit by su.ming"));
  }

  @Test
  public void karafLogHasNoLibraryChatterAtInfo() throws IOException {
    for (String line : Files.readAllLines(log("karaf.log"), StandardCharsets.UTF_8)) {
      if (line.contains("| INFO  |")) {
        for (String noisy :
            new String[] {"liquibase", "org.eclipse.persistence", "pdfbox", "fontbox"}) {
          assertFalse(line, line.contains(noisy));
        }
      }
    }
  }

  /**
   * A rejected act that had read the database, and a look at the inbox (one reading across
   * modules), leave no warning of the transaction manager: Derby answers the end of a rolled-back
   * branch with XA_RBROLLBACK, which was logged with its stack trace every time (a log filled by
   * invalid requests, and request threads held while the traces were rendered).
   */
  @Test
  public void rejectedActsAndReadingsLeaveNoTransactionWarnings() throws Exception {
    Answer filed = http.post("topics", "xie.yu", "{\"name\":\"只有名称的议题\",\"category\":\"T3\"}");
    assertEquals(filed.toString(), 201, filed.status);
    long draft = filed.json().get("id").asLong();
    for (int i = 0; i < 3; i++) {
      assertEquals(400, http.post("topics/" + draft + "/submit", "xie.yu", "").status);
      assertEquals(200, http.get("me/inbox", "luo.ping").status);
    }
    Thread.sleep(500); // the appender writes asynchronously
    String text = Files.readString(log("karaf.log"), StandardCharsets.UTF_8);
    int at = text.indexOf("XA error code: 100");
    assertTrue(
        "karaf.log: " + (at < 0 ? "" : text.substring(Math.max(0, at - 400), at + 18)), at < 0);
  }
}

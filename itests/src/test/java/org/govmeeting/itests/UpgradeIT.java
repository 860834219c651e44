package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.govmeeting.itests.Http.Answer;
import org.junit.Assume;
import org.junit.Test;

/**
 * The new build started on the database that the build before schema migrations (0bfd798) made and
 * filled (itests/fixtures/make-old-database.sh), embedded Derby and PostgreSQL: every record of it
 * is there and can be worked on, and the migrations are recorded.
 */
public class UpgradeIT {
  private static final String[] MODULES = {
    "directory", "meeting", "review", "intake", "attendance", "minutes", "supervision", "events"
  };

  @Test
  public void theOldBuildsDerbyRecordsAreThereAndUsableAfterTheUpgrade() throws Exception {
    Assume.assumeTrue("this execution runs on PostgreSQL", Database.suite() == null);
    Properties old = properties("/upgrade/old-build.properties");
    try (Distribution karaf = new Distribution(Path.of("target", "upgrade"))) {
      unzip("/upgrade/old-derby.zip", karaf.home.resolve("data"));
      karaf.start();
      upgraded(karaf, old);
      karaf.killHard();
      ChangelogTables.check(karaf.home.resolve("data/derby/govmeeting"), MODULES);
    }
  }

  /**
   * The same on PostgreSQL: the database the old build made there (its tables by EclipseLink, a
   * 32-bit SERIAL key here and there, BYTEA and TEXT columns), restored from its dump.
   */
  @Test
  public void theOldBuildsPostgreSqlRecordsAreThereAndUsableAfterTheUpgrade() throws Exception {
    Database db = Database.fromProperties("govmeeting.itest.jdbc3");
    Assume.assumeTrue("no -Dgovmeeting.itest.jdbc3.url: the upgrade is tried on Derby", db != null);
    Properties old = properties("/upgrade/old-build-postgresql.properties");
    try (Connection c = DriverManager.getConnection(db.url, db.user, db.password);
        Statement s = c.createStatement();
        InputStream dump = UpgradeIT.class.getResourceAsStream("/upgrade/old-postgresql.sql")) {
      s.execute(new String(dump.readAllBytes(), StandardCharsets.UTF_8));
    }
    try (Distribution karaf = new Distribution(Path.of("target", "upgrade-postgresql"))) {
      db.applyTo(karaf.home);
      karaf.start();
      upgraded(karaf, old);
      karaf.killHard();
    }
    try (Connection c = DriverManager.getConnection(db.url, db.user, db.password)) {
      ChangelogTables.check(c, MODULES);
    }
  }

  private static void upgraded(Distribution karaf, Properties old) throws Exception {
    Http http = new Http(karaf.httpPort);
    long meeting = id(old, "meeting");
    // every module answers (the API is redeployed as each module's resources arrive)
    await(http, "tasks?meeting=" + meeting, "chen.jing");
    await(http, "minutes/" + id(old, "minutes"), "yang.xue");
    await(http, "topics/" + id(old, "draftTopic"), "lin.na");
    await(http, "meetings/" + meeting, "li.jianguo");
    await(http, "deliberations/" + meeting, "li.jianguo");

    checkMeetingAndDecisions(http, old, meeting);
    checkTopicsAndChains(http, old);
    checkMinutes(http, old);
    checkTasks(http, old, meeting);

    // new records continue the old ones' identities
    long filed =
        new Scenario(http).create("xie.yu", Scenario.form("关于升级后新议题的议题", "T3", "luo.ping"));
    assertTrue("new topic after the old ones: " + filed, filed > id(old, "draftTopic"));

    assertEquals("component failures", java.util.List.of(), karaf.componentFailures());
    assertEquals("migrations that failed", java.util.List.of(), migrationFailures(karaf));
    for (String module : MODULES) {
      assertTrue(
          "schema of " + module + " reported ready",
          log(karaf).contains("Schema of govmeeting." + module + " ready"));
    }
  }

  private static Properties properties(String resource) throws IOException {
    Properties old = new Properties();
    try (InputStream in = UpgradeIT.class.getResourceAsStream(resource)) {
      old.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return old;
  }

  private static void checkMeetingAndDecisions(Http http, Properties old, long meeting) {
    JsonNode m = ok(http.get("meetings/" + meeting, "li.jianguo")).json();
    assertEquals("CLOSED", m.get("status").asText());
    JsonNode decided =
        ok(http.get("deliberations/" + meeting + "/" + id(old, "approvedTopic"), "chen.jing"))
            .json();
    assertEquals("APPROVED", decided.at("/decision/outcome").asText());
    JsonNode revised =
        ok(http.get("deliberations/" + meeting + "/" + id(old, "revisedTopic"), "chen.jing"))
            .json();
    assertEquals("APPROVED_WITH_REVISIONS", revised.at("/decision/outcome").asText());
    JsonNode list = ok(http.get("topic-lists/" + meeting, "li.jianguo")).json();
    assertTrue(list.toString(), list.toString().contains(old.getProperty("approvedTopic")));
  }

  private static void checkTopicsAndChains(Http http, Properties old) {
    Scenario s = new Scenario(http);
    for (String key : new String[] {"approvedTopic", "revisedTopic"}) {
      JsonNode chain = s.chain(id(old, key));
      assertNotEquals(chain.toString(), "IN_REVIEW", chain.get("state").asText());
      for (JsonNode step : chain.get("steps")) {
        assertEquals(step.toString(), "SIGNED", step.get("state").asText());
        assertTrue(step.toString(), step.hasNonNull("actedAt"));
      }
    }

    // the topic left in review: its next step is signed by the new build
    long pending = id(old, "pendingTopic");
    assertEquals("IN_REVIEW", s.status(pending, "xie.yu"));
    JsonNode next = null;
    for (JsonNode step : s.chain(pending).get("steps")) {
      if (step.get("state").asText().equals("PENDING")) {
        next = step;
        break;
      }
    }
    assertTrue("a pending step left by the old build", next != null);
    String signer =
        next.hasNonNull("signerId")
            ? next.get("signerId").asText()
            : Scenario.holder(next.get("role").asText());
    ok(
        http.post(
            "topics/" + pending + "/reviews/" + next.get("id").asLong() + "/sign",
            signer,
            "{\"comment\":\"升级后签署\"}"));

    // the draft, edited by the old build once: its revision is the one to send
    long draft = id(old, "draftTopic");
    JsonNode t = ok(http.get("topics/" + draft, "lin.na")).json();
    assertEquals("DRAFT", t.get("status").asText());
    assertEquals(old.getProperty("draftName"), t.at("/form/name").asText());
    ObjectNode form = Scenario.form("关于老旧小区改造（升级后）的议题", "T3", "ma.qiang");
    assertEquals(428, http.put("topics/" + draft, "lin.na", form.toString()).status);
    ok(http.edit("topics/" + draft, "lin.na", form.toString()));
    assertEquals(
        "关于老旧小区改造（升级后）的议题",
        ok(http.get("topics/" + draft, "lin.na")).json().at("/form/name").asText());
  }

  private static void checkMinutes(Http http, Properties old) {
    long minutes = id(old, "minutes");
    JsonNode m = ok(http.get("minutes/" + minutes, "yang.xue")).json();
    int versions = Integer.parseInt(old.getProperty("minutesVersions"));
    assertEquals(m.toString(), versions, m.get("versions").size());
    assertTrue(m.get("text").asText(), m.get("text").asText().contains("附：会议材料。"));
    String text = m.get("text").asText() + "\n升级后补充。";
    ok(
        http.edit(
            "minutes/" + minutes,
            "yang.xue",
            "{\"text\":" + Scenario.JSON.valueToTree(text) + "}"));
    assertEquals(
        versions + 1, ok(http.get("minutes/" + minutes, "yang.xue")).json().get("versions").size());
  }

  private static void checkTasks(Http http, Properties old, long meeting) {
    JsonNode tasks = ok(http.get("tasks?meeting=" + meeting, "chen.jing")).json();
    assertEquals(tasks.toString(), 2, tasks.get("total").asInt());
    long education = id(old, "educationTask");
    JsonNode task = ok(http.get("tasks/" + education, "chen.jing")).json();
    assertEquals("EDUCATION", task.get("ownerUnitId").asText());
    assertTrue(task.toString(), task.toString().contains("已起草细则"));
    ok(
        http.post(
            "tasks/" + education + "/progress",
            "luo.ping",
            "{\"text\":\"升级后继续推进\",\"percent\":80}"));
    assertTrue(
        ok(http.get("tasks/" + education, "chen.jing")).json().toString().contains("升级后继续推进"));
    JsonNode housing = ok(http.get("tasks/" + id(old, "housingTask"), "chen.jing")).json();
    assertEquals("HOUSING", housing.get("ownerUnitId").asText());
  }

  private static long id(Properties old, String key) {
    return Long.parseLong(old.getProperty(key));
  }

  private static Answer ok(Answer a) {
    assertTrue(String.valueOf(a), a != null && a.status >= 200 && a.status < 300);
    return a;
  }

  private static void await(Http http, String path, String user) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    Answer a = http.get(path, user);
    while ((a == null || a.status != 200) && System.nanoTime() < until) {
      Thread.sleep(250);
      a = http.get(path, user);
    }
    ok(a);
  }

  private static String log(Distribution karaf) throws IOException {
    return Files.readString(karaf.home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
  }

  private static java.util.List<String> migrationFailures(Distribution karaf) throws IOException {
    return log(karaf)
        .lines()
        .filter(l -> l.contains("not migrated"))
        .collect(java.util.stream.Collectors.toList());
  }

  private static void unzip(String resource, Path into) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(UpgradeIT.class.getResourceAsStream(resource))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path target = into.resolve(e.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target);
        }
      }
    }
  }
}

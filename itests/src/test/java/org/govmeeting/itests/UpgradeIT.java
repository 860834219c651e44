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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.govmeeting.itests.Http.Answer;
import org.junit.Assume;
import org.junit.Test;

/**
 * The new build started on the database that the build before schema migrations (0bfd798) made and
 * filled (itests/fixtures/make-old-database.sh), embedded Derby and PostgreSQL: every record of it
 * is there and can be worked on, the migrations are recorded, and what intake and the planner keep
 * of the decisions and emergency decisions (from the outbox) was filled once, at the first start.
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
      long next = upgraded(karaf, old);
      karaf.killHard();
      Path database = karaf.home.resolve("data/derby/govmeeting");
      ChangelogTables.check(database, MODULES);
      Map<String, Long> announced = announcements(database);

      // a second start announces nothing, and the copies stay as they are
      startedAgain(karaf, old, next);
      karaf.killHard();
      assertEquals(announced, announcements(database));
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
      long next = upgraded(karaf, old);
      karaf.killHard();
      Map<String, Long> announced;
      try (Connection c = DriverManager.getConnection(db.url, db.user, db.password)) {
        ChangelogTables.check(c, MODULES);
        announced = announcements(c);
      }

      startedAgain(karaf, old, next);
      karaf.killHard();
      try (Connection c = DriverManager.getConnection(db.url, db.user, db.password)) {
        assertEquals(announced, announcements(c));
      }
    }
  }

  /** Every record of the old build there and usable; returns a meeting convened after them. */
  private static long upgraded(Distribution karaf, Properties old) throws Exception {
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
    checkRevisions(http, old, meeting);
    long next = checkEmergencies(http, old, meeting);

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
    return next;
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
            Scenario.signature(next.path("clause").asText(), "升级后签署")));

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

  /**
   * I2 as before the upgrade: a revision names an item the old build decided (intake learnt of it
   * from the announcement at start, not from asking the minutes module), never one it did not.
   */
  private static void checkRevisions(Http http, Properties old, long meeting) {
    long decided = id(old, "revisedTopic");
    ObjectNode undecided = Scenario.form("关于学前教育资源布局（修订稿）的议题", "T3", "luo.ping");
    undecided.put("revisesMeetingId", meeting);
    undecided.put("revisesTopicId", id(old, "pendingTopic"));
    Answer refused = http.post("topics", "xie.yu", undecided.toString());
    assertEquals(refused.toString(), 400, refused.status);
    assertEquals(refused.toString(), "I2", refused.json().path("clause").asText());
    ObjectNode elsewhere = Scenario.form("关于物流园区规划（修订稿）的议题", "T3", "ma.qiang");
    elsewhere.put("revisesMeetingId", meeting + 1000);
    elsewhere.put("revisesTopicId", decided);
    assertEquals(400, http.post("topics", "lin.na", elsewhere.toString()).status);

    ObjectNode revision = Scenario.form("关于物流园区规划（修订稿）的议题", "T3", "ma.qiang");
    revision.put("revisesMeetingId", meeting);
    revision.put("revisesTopicId", decided);
    long revised = new Scenario(http).create("lin.na", revision);
    JsonNode original =
        ok(http.get("deliberations/" + meeting + "/" + decided, "chen.jing")).json();
    assertEquals("[" + revised + "]", original.get("revisedBy").toString());
    // the other decided item too: any decision, whatever its outcome
    ObjectNode approved = Scenario.form("关于课后服务（补充）的议题", "T3", "luo.ping");
    approved.put("revisesMeetingId", meeting);
    approved.put("revisesTopicId", id(old, "approvedTopic"));
    new Scenario(http).create("xie.yu", approved);
  }

  /**
   * S2 as before the upgrade: the emergency decision the old build's meeting heard stays reported
   * to it, the one taken after it is on the next meeting's agenda (the planner's own copy, filled
   * by supervision's announcement at start). Returns that next meeting.
   */
  private static long checkEmergencies(Http http, Properties old, long meeting) {
    long reported = id(old, "reportedEmergency");
    long flagged = id(old, "unreportedEmergency");
    for (JsonNode e : ok(http.get("emergency-decisions", "chen.jing")).json()) {
      if (e.get("id").asLong() == reported) {
        assertEquals(e.toString(), meeting, e.get("reportedAtMeetingId").asLong());
      } else if (e.get("id").asLong() == flagged) {
        assertTrue(e.toString(), e.get("flagged").asBoolean());
      }
    }
    long next = new Scenario(http).meeting(Duration.ofDays(20), Duration.ofDays(7));
    assertEquals(List.of(flagged), emergencyReports(http, next));
    return next;
  }

  private static List<Long> emergencyReports(Http http, long meeting) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode i :
        ok(http.get("meetings/" + meeting + "/agenda", "li.jianguo")).json().get("items")) {
      if (i.get("kind").asText().equals("EMERGENCY_REPORT")) {
        ids.add(i.get("emergencyDecisionId").asLong());
      }
    }
    return ids;
  }

  /**
   * What was announced (the outbox's events of the old build's decisions and emergency decisions),
   * what is left to announce, and what intake and the planner keep, read from the stopped embedded
   * Derby database.
   */
  private static Map<String, Long> announcements(Path database) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath())) {
      return announcements(c);
    } finally {
      try {
        DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true");
      } catch (SQLException shutDown) {
        // Derby answers a shutdown with an exception (08006)
      }
    }
  }

  /** The same on any database (unquoted names: Derby folds them up, PostgreSQL down). */
  private static Map<String, Long> announcements(Connection c) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Statement st = c.createStatement()) {
      out.put(
          "decisions",
          count(st, "SELECT COUNT(*) FROM EVT_EVENT WHERE TOPIC = 'govmeeting/minutes/DECIDED'"));
      out.put(
          "emergencies",
          count(
              st,
              "SELECT COUNT(*) FROM EVT_EVENT"
                  + " WHERE TOPIC = 'govmeeting/supervision/EMERGENCY_DECIDED'"));
      out.put(
          "left",
          count(st, "SELECT COUNT(*) FROM MIN_UNANNOUNCED")
              + count(st, "SELECT COUNT(*) FROM SUP_UNANNOUNCED"));
      out.put("intake decisions", count(st, "SELECT COUNT(*) FROM INT_DECISION"));
      out.put("planner copies", count(st, "SELECT COUNT(*) FROM MTG_EMERGENCY"));
      out.put(
          "planner reported",
          count(st, "SELECT COUNT(*) FROM MTG_EMERGENCY WHERE REPORTED_AT_MEETING_ID IS NOT NULL"));
    }
    // the old build's two decisions and two emergency decisions (one reported), announced once
    assertEquals(out.toString(), Long.valueOf(2), out.get("decisions"));
    assertEquals(out.toString(), Long.valueOf(2), out.get("emergencies"));
    assertEquals(out.toString(), Long.valueOf(0), out.get("left"));
    assertEquals(out.toString(), Long.valueOf(2), out.get("intake decisions"));
    assertEquals(out.toString(), Long.valueOf(2), out.get("planner copies"));
    assertEquals(out.toString(), Long.valueOf(1), out.get("planner reported"));
    return out;
  }

  /** Started again on the upgraded database: the planner's copy as it was. */
  private static void startedAgain(Distribution karaf, Properties old, long next) throws Exception {
    karaf.start();
    Http http = new Http(karaf.httpPort);
    await(http, "meetings/" + next + "/agenda", "li.jianguo");
    assertEquals(List.of(id(old, "unreportedEmergency")), emergencyReports(http, next));
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
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

package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** An acknowledged write survives a SIGKILL of the Karaf JVM. */
public class CrashRecoveryIT {

  @Test
  public void acknowledgedWriteSurvivesKillMinus9() throws Exception {
    try (Distribution karaf = new Distribution(Path.of("target", "crash"))) {
      Duration first = karaf.start();
      Http http = new Http(karaf.httpPort);
      Answer created =
          http.post(
              "people",
              "liu.yang",
              "{\"id\":\"bai.lu\",\"name\":\"白露\",\"unitId\":\"CIVIL\","
                  + "\"roles\":[\"DEPARTMENT_STAFF\"]}");
      assertEquals(created.toString(), 201, created.status);
      Answer moved =
          http.put(
              "units/CIVIL/supervisor",
              "chen.jing",
              "{\"supervisorId\":\"feng.jun\",\"reason\":\"分工调整\"}");
      assertEquals(moved.toString(), 200, moved.status);

      karaf.killHard();
      Duration second = karaf.start();
      System.out.println(
          "first start to 200: "
              + first.toMillis()
              + " ms; restart after kill -9: "
              + second.toMillis()
              + " ms");

      assertEquals("component failures", java.util.List.of(), karaf.componentFailures());
      Answer person = http.get("people/bai.lu", "li.jianguo");
      assertEquals(person.toString(), 200, person.status);
      assertEquals("白露", person.json().get("name").asText());
      Answer unit = http.get("units/CIVIL", "li.jianguo");
      assertEquals("feng.jun", unit.json().get("supervisorId").asText());
      assertEquals(
          "分工调整",
          http.get("units/CIVIL/changes", "chen.jing").json().get(0).get("reason").asText());
    }
  }

  /** Runs SQL on the stopped distribution's embedded database, and shuts it down again. */
  private static void offline(Distribution karaf, String... statements) throws Exception {
    String url = "jdbc:derby:" + karaf.home.resolve("data/derby/govmeeting");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      for (String sql : statements) {
        st.execute(sql);
      }
    }
    try {
      java.sql.DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (java.sql.SQLException shutDown) {
      // Derby answers a clean shutdown with SQLState 08006.
      assertEquals(shutDown.toString(), "08006", shutDown.getSQLState());
    }
  }

  private static long count(Distribution karaf, String query) throws Exception {
    String url = "jdbc:derby:" + karaf.home.resolve("data/derby/govmeeting");
    long n;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.ResultSet r = c.createStatement().executeQuery(query)) {
      r.next();
      n = r.getLong(1);
    }
    offline(karaf);
    return n;
  }

  /**
   * The JVM dies after a decision committed and before supervision wrote its tasks: the decision's
   * event was written with it, so the tasks are made after the restart (I1). The window is held
   * open by a check constraint put into the database while the platform is down, so the kill lands
   * in it every time.
   */
  @Test
  public void aDecisionKilledBeforeItsTasksGetsThemAfterTheRestart() throws Exception {
    // rule: I1 D3
    try (Distribution karaf = new Distribution(Path.of("target", "crash-decision"))) {
      karaf.start();
      Http http = new Http(karaf.httpPort);
      Scenario s = new Scenario(http);
      long meeting = s.meeting(Duration.ofDays(16), Duration.ofDays(7));
      com.fasterxml.jackson.databind.node.ObjectNode form =
          Scenario.form("关于课后托管的议题", "T3", Scenario.HEADS.get("EDUCATION"));
      form.put("meetingId", meeting);
      long topic = s.create("xie.yu", form);
      assertEquals(200, s.submit("xie.yu", topic).status);
      s.signAll(topic, "EDUCATION");
      s.listed(meeting, topic);
      s.inSession(meeting);
      karaf.killHard();

      offline(
          karaf,
          "ALTER TABLE SUP_TASK ADD CONSTRAINT ITEST_HOLD CHECK (TOPIC_ID <> " + topic + ")");
      karaf.start();
      http = new Http(karaf.httpPort);
      s = new Scenario(http);
      Answer decided = s.decide(meeting, topic, "EDUCATION");
      assertEquals(decided.toString(), 200, decided.status);
      assertEquals("the window is open", 0, s.tasksOf(meeting, topic));
      karaf.killHard();

      assertEquals(
          "the decision's event outlived the JVM, undelivered",
          1,
          count(
              karaf,
              "SELECT COUNT(*) FROM EVT_EVENT e WHERE e.TOPIC = 'govmeeting/minutes/DECIDED'"
                  + " AND NOT EXISTS (SELECT 1 FROM EVT_DELIVERY d WHERE d.EVENT_ID = e.ID"
                  + " AND d.SUBSCRIBER = 'supervision.tasks')"));
      offline(karaf, "ALTER TABLE SUP_TASK DROP CONSTRAINT ITEST_HOLD");
      karaf.start();
      http = new Http(karaf.httpPort);
      s = new Scenario(http);
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (s.tasksOf(meeting, topic) == 0 && System.nanoTime() < until) {
        Thread.sleep(200);
      }
      assertEquals("made after the restart, once", 1, s.tasksOf(meeting, topic));
      assertEquals(
          "DECIDED stands",
          "APPROVED",
          http.get("deliberations/" + meeting + "/" + topic, "li.jianguo")
              .json()
              .at("/decision/outcome")
              .asText());
      assertEquals("component failures", java.util.List.of(), karaf.componentFailures());
    }
  }

  /** What the API acknowledged for a topic: 1 filed, 2 submitted, 3 first step signed. */
  private static final int FILED = 1;

  private static final int SUBMITTED = 2;
  private static final int SIGNED = 3;

  /**
   * Topics are filed, submitted and signed in a loop while the JVM is killed at a random moment;
   * after each restart every acknowledged write is there and no record is half-written. CI runs 3
   * trials; {@code -Dgovmeeting.crash.trials=20} (bench/crash.sh) runs more.
   */
  @Test
  public void acknowledgedSubmissionsAndSignaturesSurviveKillsAtRandomMoments() throws Exception {
    int trials = Integer.getInteger("govmeeting.crash.trials", 3);
    Random random = new Random(Long.getLong("govmeeting.crash.seed", System.nanoTime()));
    Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
    try (Distribution karaf = new Distribution(Path.of("target", "crash-loop"))) {
      karaf.start();
      for (int trial = 1; trial <= trials; trial++) {
        Http http = new Http(karaf.httpPort);
        Scenario s = new Scenario(http);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread load =
            new Thread(
                () -> {
                  while (running.get()) {
                    try {
                      Answer filed =
                          http.post(
                              "topics",
                              "xie.yu",
                              Scenario.form("关于校舍维修的议题", "T3", "luo.ping").toString());
                      if (filed == null || filed.status != 201) {
                        continue;
                      }
                      long id = filed.json().get("id").asLong();
                      acknowledged.put(id, FILED);
                      Answer submitted = s.submit("xie.yu", id);
                      if (submitted == null || submitted.status != 200) {
                        continue;
                      }
                      acknowledged.put(id, SUBMITTED);
                      Answer signed = s.sign(id, "F4", null, "luo.ping");
                      if (signed != null && signed.status == 200) {
                        acknowledged.put(id, SIGNED);
                      }
                    } catch (RuntimeException | AssertionError e) {
                      // The JVM died under the request: not acknowledged, nothing to expect.
                    }
                  }
                });
        load.start();
        Thread.sleep(1000 + random.nextInt(2500));
        karaf.killHard();
        running.set(false);
        load.join();
        Duration restart = karaf.start();
        System.out.println(
            "trial "
                + trial
                + ": "
                + acknowledged.size()
                + " topics acknowledged so far; restart "
                + restart.toMillis()
                + " ms");
        checkEverythingAcknowledgedIsThere(new Http(karaf.httpPort), acknowledged);
      }
      assertTrue("the loop did work: " + acknowledged, acknowledged.size() >= trials);
      assertEquals("component failures", java.util.List.of(), karaf.componentFailures());
    }
  }

  private static void checkEverythingAcknowledgedIsThere(Http http, Map<Long, Integer> acked) {
    Scenario s = new Scenario(http);
    for (Map.Entry<Long, Integer> e : acked.entrySet()) {
      long id = e.getKey();
      Answer topic = http.get("topics/" + id, "xie.yu");
      assertEquals("acknowledged topic " + id + " lost: " + topic, 200, topic.status);
      JsonNode t = topic.json();
      assertEquals("关于校舍维修的议题", t.at("/form/name").asText());
      String status = t.get("status").asText();
      if (e.getValue() >= SUBMITTED) {
        assertEquals("submitted topic " + id, "IN_REVIEW", status);
      }
      if (!status.equals("DRAFT")) {
        // A submitted topic has its whole chain, never a part of it.
        JsonNode chain = s.chain(id);
        assertTrue(chain.get("steps").size() >= 3);
        for (JsonNode step : chain.get("steps")) {
          boolean signed = step.get("state").asText().equals("SIGNED");
          assertEquals("half-written step " + step, signed, step.hasNonNull("actedAt"));
        }
      }
      if (e.getValue() >= SIGNED) {
        assertEquals("SIGNED", s.step(id, "F4", null).get("state").asText());
      }
    }
  }
}

package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govmeeting.itests.Http.Answer;
import org.junit.Assume;
import org.junit.Test;

/**
 * Two Karaf nodes on one PostgreSQL database serve one district: what one node writes the other
 * reads and continues, and meeting numbers never collide. Runs when {@code
 * -Dgovmeeting.itest.jdbc2.url} names a second, empty database (as .ci/run does).
 */
public class TwoNodesIT {

  @Test
  public void aTopicSubmittedOnOneNodeIsSignedOnTheOtherAndNumbersNeverCollide() throws Exception {
    Database db = Database.fromProperties("govmeeting.itest.jdbc2");
    Assume.assumeTrue("no -Dgovmeeting.itest.jdbc2.url: stays on Derby, one node", db != null);
    try (Distribution a = new Distribution(Path.of("target", "node-a"));
        Distribution b = new Distribution(Path.of("target", "node-b"))) {
      db.applyTo(a.home);
      db.applyTo(b.home);
      for (Distribution node : List.of(a, b)) {
        // Redelivery every second on both nodes, so that they race for a pending event.
        java.nio.file.Files.writeString(
            node.home.resolve("etc/org.govmeeting.events.cfg"), "redeliverySeconds = 1\n");
      }
      // One after the other: the first creates the schema and seeds the directory.
      System.out.println("node A up in " + a.start().toMillis() + " ms");
      System.out.println("node B up in " + b.start().toMillis() + " ms");
      Http ha = new Http(a.httpPort);
      Http hb = new Http(b.httpPort);
      Scenario onA = new Scenario(ha);
      Scenario onB = new Scenario(hb);

      // A meeting convened on B, a topic drafted and submitted on A for it.
      long meeting = onB.meeting(Duration.ofDays(10), Duration.ofDays(3));
      ObjectNode form = Scenario.form("关于两节点共用数据库的试点议题", "T3", "luo.ping");
      form.put("meetingId", meeting);
      long topic = onA.create("xie.yu", form);
      assertEquals(200, onA.submit("xie.yu", topic).status);
      // B sees the chain A's submission built, and signs all of it. A page of topics on A, kept
      // there by its tag, is answered as unchanged only until B writes the topic.
      assertEquals("IN_REVIEW", onB.chain(topic).get("state").asText());
      String page = "topics?unit=EDUCATION&limit=5";
      Answer listed = ha.get(page, "xie.yu");
      String tag = listed.header("ETag");
      assertNotNull(listed.toString(), tag);
      assertEquals(304, ifNoneMatch(ha, page, tag).status);
      onB.signAll(topic, "EDUCATION");
      Answer relisted = ifNoneMatch(ha, page, tag);
      assertEquals("B's signatures changed A's page", 200, relisted.status);
      assertEquals("READY", relisted.json().at("/items/0/status").asText());
      assertEquals("READY", ha.get(page, "xie.yu").json().at("/items/0/status").asText());
      // A sees what B signed.
      assertEquals("READY", onA.status(topic, "xie.yu"));
      JsonNode chainOnA = onA.chain(topic);
      for (JsonNode step : chainOnA.get("steps")) {
        assertEquals(step.toString(), "SIGNED", step.get("state").asText());
      }
      // A notice written by one node (the meeting's notice to all participants) is read on the
      // other.
      Answer notified = hb.post("meetings/" + meeting + "/notices", "liu.yang", "");
      assertEquals(notified.toString(), 201, notified.status);
      String onAForTheEvm = ha.get("notices", "wang.hong").body;
      assertTrue(onAForTheEvm, onAForTheEvm.contains("\"meetingId\":" + meeting));

      // A decision on A whose tasks cannot be written yet: both nodes' redelivery rounds then
      // race for the event; the claim in the database lets one of them make the tasks, once.
      onA.listed(meeting, topic);
      onB.inSession(meeting);
      sql(db, "ALTER TABLE SUP_TASK ADD CONSTRAINT ITEST_HOLD CHECK (TOPIC_ID <> " + topic + ")");
      try {
        assertEquals(200, onA.decide(meeting, topic, "EDUCATION").status);
        assertEquals(0, onB.tasksOf(meeting, topic));
      } finally {
        sql(db, "ALTER TABLE SUP_TASK DROP CONSTRAINT ITEST_HOLD");
      }
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (onB.tasksOf(meeting, topic) == 0 && System.nanoTime() < until) {
        Thread.sleep(100);
      }
      Thread.sleep(3000); // both nodes have swept since
      assertEquals("made once, by one node", 1, onA.tasksOf(meeting, topic));
      assertEquals(
          "delivered once",
          1L,
          count(
              db,
              "SELECT COUNT(*) FROM EVT_DELIVERY d JOIN EVT_EVENT e ON e.ID = d.EVENT_ID"
                  + " WHERE e.TOPIC = 'govmeeting/minutes/DECIDED' AND d.SUBSCRIBER ="
                  + " 'supervision.tasks'"));

      // Meeting numbers: twelve convened at the same time through both nodes.
      ExecutorService pool = Executors.newFixedThreadPool(12);
      List<Future<Answer>> convened = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Http via = i % 2 == 0 ? ha : hb;
        Instant at = Instant.now().plus(Duration.ofDays(20 + i));
        String body =
            "{\"scheduledAt\":\""
                + at
                + "\",\"cutoff\":\""
                + at.minus(Duration.ofDays(3))
                + "\",\"venue\":\"区政府三楼常务会议室\"}";
        convened.add(pool.submit(() -> via.post("meetings", "li.jianguo", body)));
      }
      Set<Integer> numbers = new TreeSet<>();
      for (Future<Answer> f : convened) {
        Answer c = f.get();
        assertEquals(c.toString(), 201, c.status);
        numbers.add(c.json().get("number").asInt());
      }
      pool.shutdown();
      assertEquals("distinct numbers: " + numbers, 12, numbers.size());
      int first = numbers.iterator().next();
      assertEquals("no gaps: " + numbers, first + 11, (int) ((TreeSet<Integer>) numbers).last());
      assertEquals(List.of(), a.componentFailures());
      assertEquals(List.of(), b.componentFailures());
    }
  }

  private static Answer ifNoneMatch(Http http, String path, String tag) {
    return http.send("GET", path, "xie.yu", Http.DEMO_PASSWORD, null, null, "If-None-Match", tag);
  }

  private static void sql(Database db, String statement) throws Exception {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(db.url, db.user, db.password);
        java.sql.Statement st = c.createStatement()) {
      st.execute(statement);
    }
  }

  private static long count(Database db, String query) throws Exception {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(db.url, db.user, db.password);
        java.sql.ResultSet r = c.createStatement().executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }
}

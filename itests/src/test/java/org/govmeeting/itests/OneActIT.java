package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * One act, one transaction: when the second module's write of an act fails, nothing of the act
 * remains, and the caller gets a problem. The failure is made by the database itself (a check
 * constraint the test adds for the moment), as a lock timeout or a full disk would.
 */
public class OneActIT extends PlatformTestSupport {

  private void sql(String statement) throws Exception {
    DataSource ds =
        bundleContext.getService(
            bundleContext
                .getServiceReferences(DataSource.class, "(dataSourceName=govmeeting)")
                .iterator()
                .next());
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    } catch (java.sql.SQLException e) {
      // The driver's exception classes do not travel back to the test runner.
      throw new AssertionError(statement + ": " + e.getSQLState() + " " + e.getMessage());
    }
  }

  @Test
  public void aSubmissionWhoseTopicWriteFailsLeavesNoReviewChain() throws Exception {
    // rule: S1 — submitting starts the chain and moves the topic, together or not at all
    Scenario s = new Scenario(http);
    long topic = s.create("xie.yu", Scenario.form("关于校园安全的议题", "T3", "luo.ping"));
    // Review writes the chain first; intake's status change is the act's second write.
    sql(
        "ALTER TABLE INT_TOPIC ADD CONSTRAINT ITEST_NO_REVIEW CHECK (ID <> "
            + topic
            + " OR STATUS <> 'IN_REVIEW')");
    Answer refused;
    try {
      refused = s.submit("xie.yu", topic);
    } finally {
      sql("ALTER TABLE INT_TOPIC DROP CONSTRAINT ITEST_NO_REVIEW");
    }
    assertProblem(refused, 409, null);
    assertEquals("DRAFT", s.status(topic, "xie.yu"));
    JsonNode chains = http.get("topics/" + topic + "/reviews", "li.jianguo").json();
    assertEquals("no chain remains of the refused act: " + chains, 0, chains.size());

    // The same act, once the database accepts it again, goes through whole.
    ok(s.submit("xie.yu", topic), 200);
    assertEquals("IN_REVIEW", s.status(topic, "xie.yu"));
    assertEquals(1, http.get("topics/" + topic + "/reviews", "li.jianguo").json().size());
  }

  @Test
  public void aDecisionWhoseTasksCannotBeWrittenGetsThemWhenSupervisionCanAgain() throws Exception {
    // rule: I1 D3 — the decision stands; its tasks follow through the outbox, late but surely
    Scenario s = new Scenario(http);
    long meeting = s.meeting(java.time.Duration.ofDays(17), java.time.Duration.ofDays(7));
    long a = readyTopic(s, "xie.yu", "EDUCATION", "关于学生体质监测的议题", meeting);
    long b = readyTopic(s, "lin.na", "DEVREFORM", "关于物流园区道路的议题", meeting);
    s.listed(meeting, a, b);
    s.inSession(meeting);

    sql("ALTER TABLE SUP_TASK ADD CONSTRAINT ITEST_NO_TASK CHECK (TOPIC_ID <> " + a + ")");
    try {
      ok(s.decide(meeting, a, "EDUCATION"), 200);
      assertEquals("supervision could not write them yet", 0, s.tasksOf(meeting, a));
      // A later decision is not held back by the one that could not be taken up.
      ok(s.decide(meeting, b, "DEVREFORM"), 200);
      assertEquals(1, s.tasksOf(meeting, b));
    } finally {
      sql("ALTER TABLE SUP_TASK DROP CONSTRAINT ITEST_NO_TASK");
    }
    long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (s.tasksOf(meeting, a) == 0 && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertEquals("redelivered once supervision could write again", 1, s.tasksOf(meeting, a));
    Thread.sleep(1500);
    assertEquals("and only once", 1, s.tasksOf(meeting, a));
    assertEquals(1, s.tasksOf(meeting, b));
  }

  @Test
  public void aDecisionThatIntakeCannotRecordIsNotTaken() throws Exception {
    // rule: D3 I2 — the decision and intake's record of it, which a revision names, or neither
    Scenario s = new Scenario(http);
    long meeting = s.meeting(java.time.Duration.ofDays(19), java.time.Duration.ofDays(7));
    long a = readyTopic(s, "xie.yu", "EDUCATION", "关于校园绿化的议题", meeting);
    s.listed(meeting, a);
    s.inSession(meeting);
    sql("ALTER TABLE INT_DECISION ADD CONSTRAINT ITEST_NO_DECISION CHECK (TOPIC_ID <> " + a + ")");
    Answer refused;
    try {
      refused = s.decide(meeting, a, "EDUCATION");
    } finally {
      sql("ALTER TABLE INT_DECISION DROP CONSTRAINT ITEST_NO_DECISION");
    }
    assertProblem(refused, 409, null);
    JsonNode item = http.get("deliberations/" + meeting + "/" + a, "chen.jing").json();
    assertEquals(
        "nothing of the refused decision remains: " + item, false, item.hasNonNull("decision"));
    com.fasterxml.jackson.databind.node.ObjectNode revision =
        Scenario.form("关于校园绿化（修订稿）的议题", "T3", "luo.ping");
    revision.put("revisesMeetingId", meeting);
    revision.put("revisesTopicId", a);
    assertProblem(http.post("topics", "xie.yu", revision.toString()), 400, "I2");
    Thread.sleep(1500);
    assertEquals("no event of it is left to make tasks", 0, s.tasksOf(meeting, a));

    // decided again once intake can write: the revision is accepted, the tasks follow
    ok(
        http.post(
            "deliberations/" + meeting + "/" + a + "/decision",
            "li.jianguo",
            "{\"outcome\":\"APPROVED_WITH_REVISIONS\",\"revisions\":\"补充绿化养护经费测算\"}"),
        200);
    ok(http.post("topics", "xie.yu", revision.toString()), 201);
  }

  @Test
  public void anEmergencyDecisionWhoseAgendaCopyCannotBeWrittenIsNotRecorded() throws Exception {
    // rule: S2 — supervision's record and the planner's copy for the next agenda, or neither
    Scenario s = new Scenario(http);
    long meeting = s.meeting(java.time.Duration.ofDays(21), java.time.Duration.ofDays(7));
    String what = "紧急疏散危房住户" + System.nanoTime();
    String body =
        "{\"what\":\""
            + what
            + "\",\"whyNoMeeting\":\"房屋出现险情，无法及时召开会议\","
            + "\"means\":\"ORAL_REPORT\",\"heardBy\":[\"wang.hong\"],\"decidedBy\":\"li.jianguo\",\"decidedAt\":\""
            + java.time.Instant.now().minus(java.time.Duration.ofHours(1))
            + "\"}";
    sql("ALTER TABLE MTG_EMERGENCY ADD CONSTRAINT ITEST_NO_COPY CHECK (WHAT <> '" + what + "')");
    Answer refused;
    try {
      refused = http.post("emergency-decisions", "li.jianguo", body);
    } finally {
      sql("ALTER TABLE MTG_EMERGENCY DROP CONSTRAINT ITEST_NO_COPY");
    }
    assertProblem(refused, 409, null);
    assertEquals(
        "not recorded", false, http.get("emergency-decisions", "chen.jing").body.contains(what));
    String agenda = http.get("meetings/" + meeting + "/agenda", "li.jianguo").body;
    assertEquals(agenda, false, agenda.contains(what));

    Answer recorded = http.post("emergency-decisions", "li.jianguo", body);
    ok(recorded, 201);
    long id = recorded.json().get("id").asLong();
    assertEquals(
        true,
        http.get("meetings/" + meeting + "/agenda", "li.jianguo")
            .body
            .contains("\"emergencyDecisionId\":" + id));
  }

  @Test
  public void approvingTheListAndClosingTheMeetingAreWholeOrNothing() throws Exception {
    // rule: S1 S2 — the list's approval moves every topic; closing reports the emergencies
    Scenario s = new Scenario(http);
    long meeting = s.meeting(java.time.Duration.ofDays(18), java.time.Duration.ofDays(7));
    long a = readyTopic(s, "xie.yu", "EDUCATION", "关于校车安全的议题", meeting);
    ok(http.post("topic-lists/" + meeting, "liu.yang", ""), 201);

    // Approval: review approves the list, intake lists the topic, the planner tells the units.
    sql(
        "ALTER TABLE INT_TOPIC ADD CONSTRAINT ITEST_NO_LISTING CHECK (ID <> "
            + a
            + " OR STATUS <> 'LISTED')");
    Answer refused;
    try {
      refused =
          http.post(
              "topic-lists/" + meeting + "/approve", "li.jianguo", "{\"topicIds\":[" + a + "]}");
    } finally {
      sql("ALTER TABLE INT_TOPIC DROP CONSTRAINT ITEST_NO_LISTING");
    }
    assertProblem(refused, 409, null);
    assertEquals(
        "DRAFT", http.get("topic-lists/" + meeting, "li.jianguo").json().get("state").asText());
    assertEquals("READY", s.status(a, "xie.yu"));
    ok(
        http.post(
            "topic-lists/" + meeting + "/approve", "li.jianguo", "{\"topicIds\":[" + a + "]}"),
        200);
    assertEquals("LISTED", s.status(a, "xie.yu"));

    // Closing: the meeting closes, the planner marks the emergency decisions it heard reported, and
    // supervision's record follows in the act (EMERGENCY_REPORTED).
    Answer emergency =
        http.post(
            "emergency-decisions",
            "li.jianguo",
            "{\"what\":\"紧急抢修供水管网\",\"whyNoMeeting\":\"管网爆裂，无法及时召开会议\","
                + "\"means\":\"ORAL_REPORT\",\"heardBy\":[\"wang.hong\"],\"decidedBy\":\"li.jianguo\",\"decidedAt\":\""
                + java.time.Instant.now().minus(java.time.Duration.ofHours(1))
                + "\"}");
    ok(emergency, 201);
    long e = emergency.json().get("id").asLong();
    s.inSession(meeting);
    // rule: S2 — only a report the meeting heard is reported when it closes
    assertTrue(s.hearEmergencyReports(meeting) >= 1);
    sql(
        "ALTER TABLE SUP_EMERGENCY ADD CONSTRAINT ITEST_NO_REPORT CHECK (ID <> "
            + e
            + " OR REPORTEDATMEETINGID IS NULL)");
    try {
      refused = http.post("meetings/" + meeting + "/close", "li.jianguo", "");
    } finally {
      sql("ALTER TABLE SUP_EMERGENCY DROP CONSTRAINT ITEST_NO_REPORT");
    }
    assertProblem(refused, 409, null);
    assertEquals(
        "IN_SESSION", http.get("meetings/" + meeting, "li.jianguo").json().get("status").asText());
    ok(http.post("meetings/" + meeting + "/close", "li.jianguo", ""), 200);
    for (JsonNode d : http.get("emergency-decisions", "chen.jing").json()) {
      if (d.get("id").asLong() == e) {
        assertEquals(meeting, d.get("reportedAtMeetingId").asLong());
      }
    }
  }

  @Test
  public void anActTheDatabaseRolledBackForALockTimeoutIsRunAgain() throws Exception {
    org.junit.Assume.assumeTrue("the lock timeout is set the Derby way", Database.suite() == null);
    Scenario s = new Scenario(http);
    long topic = s.create("xie.yu", Scenario.form("关于锁等待重试的议题", "T3", "luo.ping"));
    DataSource ds =
        bundleContext.getService(
            bundleContext
                .getServiceReferences(DataSource.class, "(dataSourceName=govmeeting)")
                .iterator()
                .next());
    sql("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
    try (Connection holder = ds.getConnection()) {
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        // Someone else's transaction holds the topic's row longer than a lock wait may last.
        st.executeUpdate("UPDATE INT_TOPIC SET NAME = NAME WHERE ID = " + topic);
      }
      Thread release =
          new Thread(
              () -> {
                try {
                  Thread.sleep(1500);
                  holder.rollback();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      release.start();
      Answer submitted = s.submit("xie.yu", topic);
      release.join();
      assertEquals(
          "the first run timed out on the lock, the act ran again: " + submitted,
          200,
          submitted.status);
    } finally {
      sql("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', NULL)");
    }
    assertEquals("IN_REVIEW", s.status(topic, "xie.yu"));
    assertEquals(1, http.get("topics/" + topic + "/reviews", "li.jianguo").json().size());
  }
}

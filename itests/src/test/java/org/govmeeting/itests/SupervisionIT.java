package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** Decisions followed up (I1), revised through the procedure (I2), emergencies reported (S2). */
public class SupervisionIT extends PlatformTestSupport {
  private static final String[] PRESENT = {"li.jianguo", "wang.hong", "zhao.min", "zhou.fang"};

  private void decide(long meeting, long topic, String decision) {
    for (String p : PRESENT) {
      ok(
          http.post(
              "deliberations/" + meeting + "/" + topic + "/positions",
              "yang.xue",
              "{\"personId\":\"" + p + "\",\"kind\":\"NO_OBJECTION\"}"),
          200);
    }
    ok(
        http.post("deliberations/" + meeting + "/" + topic + "/decision", "li.jianguo", decision),
        200);
  }

  @Test
  public void decisionsAreSupervisedRevisedAndEmergenciesReported() {
    // rule: I1 I2 S2
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(16), Duration.ofDays(7));
    long a = readyTopic(s, "xie.yu", "EDUCATION", "关于课后服务的议题", meeting);
    long b = readyTopic(s, "lin.na", "DEVREFORM", "关于物流园区规划的议题", meeting);
    ok(http.post("topic-lists/" + meeting, "liu.yang", ""), 201);
    ok(
        http.post(
            "topic-lists/" + meeting + "/approve",
            "li.jianguo",
            "{\"topicIds\":[" + a + "," + b + "]}"),
        200);
    ok(
        http.put(
            "meetings/" + meeting + "/law-study",
            "liu.yang",
            "{\"area\":\"RULE_OF_LAW_THOUGHT\",\"subject\":\"习近平法治思想\",\"leaderId\":\"xu.li\"}"),
        200);

    // S2: an emergency decision taken before the meeting appears on its agenda as a report
    Answer emergency =
        http.post(
            "emergency-decisions",
            "li.jianguo",
            "{\"what\":\"紧急调拨防汛物资\",\"whyNoMeeting\":\"汛情突发，无法及时召开会议\","
                + "\"means\":\"COUNTERSIGNATURE\",\"decidedBy\":\"li.jianguo\","
                + "\"countersignedBy\":[\"wang.hong\",\"zhou.fang\"],\"decidedAt\":\""
                + Instant.now().minus(Duration.ofHours(2))
                + "\"}");
    ok(emergency, 201);
    long emergencyId = emergency.json().get("id").asLong();
    assertTrue(emergency.json().get("flagged").asBoolean());
    assertProblem(http.post("emergency-decisions", "xie.yu", "{}"), 403, null);
    // rule: S2 — the countersigners are leaders of the directory, each signing by their own act
    assertProblem(
        http.post(
            "emergency-decisions",
            "li.jianguo",
            "{\"what\":\"紧急调拨\",\"whyNoMeeting\":\"汛情突发\",\"means\":\"COUNTERSIGNATURE\","
                + "\"decidedBy\":\"li.jianguo\",\"countersignedBy\":[\"wang.hong\",\"no.body\"],"
                + "\"decidedAt\":\""
                + Instant.now().minus(Duration.ofHours(1))
                + "\"}"),
        400,
        "S2");
    String countersign = "emergency-decisions/" + emergencyId + "/countersignatures";
    assertProblem(http.post(countersign, "sun.lei", ""), 403, "S2");
    Answer first = http.post(countersign, "wang.hong", "");
    ok(first, 200);
    assertFalse(first.json().get("countersigned").asBoolean());
    assertProblem(http.post(countersign, "wang.hong", ""), 409, "S2");
    Answer both = http.post(countersign, "zhou.fang", "");
    ok(both, 200);
    assertTrue(both.json().get("countersigned").asBoolean());
    assertEquals(2, both.json().get("countersignatures").size());
    assertTrue(
        http.get("meetings/" + meeting + "/agenda", "li.jianguo")
            .json()
            .toString()
            .contains("\"emergencyDecisionId\":" + emergencyId));

    for (String p : PRESENT) {
      ok(
          http.post(
              "meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"" + p + "\"}"),
          200);
    }
    // rule: S2 — an oral report taken as well, which this meeting will not hear
    Answer unheard =
        http.post(
            "emergency-decisions",
            "li.jianguo",
            "{\"what\":\"紧急封闭危桥\",\"whyNoMeeting\":\"桥梁出现险情，无法及时召开会议\","
                + "\"means\":\"ORAL_REPORT\",\"heardBy\":[\"wang.hong\"],\"decidedBy\":\"li.jianguo\","
                + "\"decidedAt\":\""
                + Instant.now().minus(Duration.ofHours(3))
                + "\"}");
    ok(unheard, 201);
    long unheardId = unheard.json().get("id").asLong();
    String hear = "meetings/" + meeting + "/emergency-reports/";
    // rule: S2 — a report is heard while the meeting sits, not before
    assertProblem(http.post(hear + emergencyId, "liu.yang", ""), 409, null);
    ok(http.post("meetings/" + meeting + "/open", "li.jianguo", ""), 200);
    assertProblem(http.post(hear + emergencyId, "xie.yu", ""), 403, null);
    assertProblem(http.post(hear + 987654321L, "liu.yang", ""), 404, null);
    assertProblem(
        http.post(hear + emergencyId, "liu.yang", "{\"reporterId\":\"no.body\"}"), 400, "S2");
    Answer heard = http.post(hear + emergencyId, "liu.yang", "{\"reporterId\":\"wang.hong\"}");
    ok(heard, 200);
    assertEquals("wang.hong", heard.json().get("reporterId").asText());
    assertEquals("liu.yang", heard.json().get("heardRecordedBy").asText());
    assertTrue(heard.json().hasNonNull("heardAt"));
    assertProblem(http.post(hear + emergencyId, "liu.yang", ""), 409, "S2");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate soon = today.plusDays(5);
    decide(
        meeting,
        a,
        "{\"outcome\":\"APPROVED\",\"requirements\":["
            + "{\"what\":\"制定课后服务实施细则\",\"unitIds\":[\"EDUCATION\",\"FINANCE\"],\"due\":\""
            + today.plusDays(30)
            + "\"},"
            + "{\"what\":\"落实课后服务场地\",\"unitIds\":[\"HOUSING\"],\"due\":\""
            + soon
            + "\"}]}");
    decide(
        meeting, b, "{\"outcome\":\"APPROVED_WITH_REVISIONS\",\"revisions\":\"补充环境影响评价后按程序报批\"}");
    ok(http.post("meetings/" + meeting + "/close", "li.jianguo", ""), 200);

    // S2: reported at that meeting, no longer flagged
    boolean stillFlagged = false;
    for (JsonNode e : http.get("emergency-decisions", "chen.jing").json()) {
      if (e.get("id").asLong() == emergencyId) {
        stillFlagged = e.get("flagged").asBoolean();
        assertEquals(meeting, e.get("reportedAtMeetingId").asLong());
      }
    }
    assertFalse(stillFlagged);
    // rule: S2 — on the agenda but not heard: not reported, still flagged, for the next meeting
    for (JsonNode e : http.get("emergency-decisions", "chen.jing").json()) {
      if (e.get("id").asLong() == unheardId) {
        assertTrue(e.toString(), e.get("flagged").asBoolean());
        assertFalse(e.toString(), e.hasNonNull("reportedAtMeetingId"));
      }
    }
    JsonNode s2 = null;
    JsonNode how = null;
    for (JsonNode c :
        http.get("meetings/" + meeting + "/compliance", "li.jianguo").json().get("meeting")) {
      if (c.get("clause").asText().equals("S2")) {
        if (c.get("source").asText().equals("meeting")) {
          s2 = c;
        } else {
          how = c;
        }
      }
    }
    // rule: S2 — the countersignatures the report rests on, each leader's own
    assertEquals(String.valueOf(how), "MET", how.get("verdict").asText());
    assertTrue(how.toString(), how.toString().contains("\"personId\":\"zhou.fang\""));
    assertTrue(how.toString(), how.toString().contains("会签：紧急调拨防汛物资"));
    assertEquals(String.valueOf(s2), "NOT_MET", s2.get("verdict").asText());
    assertTrue(s2.toString(), s2.toString().contains("未听取报告：紧急封闭危桥"));
    assertTrue(s2.toString(), s2.toString().contains("\"personId\":\"wang.hong\""));

    // I1: the decision's requirements became tasks
    JsonNode tasks = http.get("tasks?meeting=" + meeting, "chen.jing").json();
    assertEquals(tasks.toString(), 2, tasks.get("total").asInt());
    long housingTask = 0;
    long educationTask = 0;
    for (JsonNode t : tasks.get("items")) {
      if (t.get("ownerUnitId").asText().equals("HOUSING")) {
        housingTask = t.get("id").asLong();
      } else {
        educationTask = t.get("id").asLong();
        assertEquals("[\"FINANCE\"]", t.get("coUnitIds").toString());
      }
    }
    ok(
        http.post(
            "tasks/" + educationTask + "/progress",
            "luo.ping",
            "{\"text\":\"已起草细则\",\"percent\":50}"),
        200);
    assertProblem(
        http.post("tasks/" + educationTask + "/progress", "lin.na", "{\"text\":\"x\"}"), 403, "I1");

    // overdue: a chasing notice, once a day, driven by the time given, not by waiting
    String asOf =
        soon.plusDays(2)
            .atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .plusHours(9)
            .toInstant()
            .toString();
    assertProblem(http.post("tasks/reminders?asOf=" + asOf, "luo.ping", ""), 403, null);
    JsonNode sent = http.post("tasks/reminders?asOf=" + asOf, "liu.yang", "").json();
    assertTrue(sent.toString(), sent.get("sent").asInt() >= 1);
    boolean chased = false;
    for (JsonNode n : http.get("notices", "song.wei").json()) {
      chased |=
          n.get("kind").asText().equals("CHASE") && n.get("text").asText().contains("落实课后服务场地");
    }
    assertTrue("the owning unit's head was chased", chased);
    JsonNode overview =
        http.get("tasks/overview?meeting=" + meeting + "&asOf=" + asOf, "li.jianguo").json();
    assertTrue(
        overview.toString(),
        overview
            .toString()
            .contains("\"unitId\":\"HOUSING\",\"onTime\":0,\"dueSoon\":0,\"overdue\":1"));

    // closed only with the owner's completion report and the Office's acceptance
    assertProblem(
        http.post("tasks/" + housingTask + "/acceptance", "liu.yang", "{\"accept\":true}"),
        409,
        "I1");
    ok(http.post("tasks/" + housingTask + "/completion", "song.wei", "{\"text\":\"场地已落实\"}"), 200);
    JsonNode closed =
        http.post("tasks/" + housingTask + "/acceptance", "liu.yang", "{\"accept\":true}").json();
    assertEquals("CLOSED", closed.get("state").asText());
    assertEquals("DONE", closed.get("timeliness").asText());

    // I2: a revision goes through intake as a new topic linked to the decision
    ObjectNode bogus = Scenario.form("错误的修订", "T3", "ma.qiang");
    bogus.put("revisesMeetingId", meeting);
    bogus.put("revisesTopicId", 999999);
    assertProblem(http.post("topics", "lin.na", bogus.toString()), 400, "I2");
    ObjectNode revision = Scenario.form("关于物流园区规划（修订稿）的议题", "T3", "ma.qiang");
    revision.put("revisesMeetingId", meeting);
    revision.put("revisesTopicId", b);
    long revised = s.create("lin.na", revision);
    ok(s.submit("lin.na", revised), 200);
    JsonNode original = http.get("deliberations/" + meeting + "/" + b, "chen.jing").json();
    assertEquals("APPROVED_WITH_REVISIONS", original.at("/decision/outcome").asText());
    assertEquals("[" + revised + "]", original.get("revisedBy").toString());
    assertEquals(
        b, http.get("topics/" + revised, "lin.na").json().at("/form/revisesTopicId").asLong());
  }
}

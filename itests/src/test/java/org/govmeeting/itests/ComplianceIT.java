package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The compliance report of a scripted meeting over REST, before it and after: one topic that meets
 * its clauses, one the mayor kept on the agenda although its supervisor is on leave (S7 lifted),
 * one whose report ran over its time limit (D1 not met), clauses that do not apply (a topic that is
 * no fiscal matter: S5, F5); every clause of rules.md in the report, each verdict with the record
 * it rests on; the PDF; who may read it (K3); the district policy's own clauses.
 */
public class ComplianceIT extends PlatformTestSupport {
  /** Every clause ID of rules.md. */
  static final List<String> CLAUSES =
      List.of(
          "C1", "C2", "C3", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "S1", "S2", "S3",
          "S4", "S5", "S6", "S7", "S8", "S9", "D1", "D2", "D3", "P1", "P2", "P3", "I1", "I2", "M1",
          "M2", "M3", "M4", "K1", "K2", "K3", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9");

  @Inject ConfigurationAdmin configAdmin;

  @Test
  public void aMeetingIsCheckedAgainstEveryClauseBeforeAndAfter() throws Exception {
    // rule: C1 C2 C3 T1 T2 T3 T4 T5 T6 T7 T8 T9 S1 S2 S3 S4 S5 S6 S7 S8 S9 D1 D2 D3 P1 P2 P3
    // rule: I1 I2 M1 M2 M3 M4 K1 K2 K3 F1 F2 F3 F4 F5 F6 F7 F8 F9
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(12), Duration.ofDays(6));
    long met = readyTopic(s, "xie.yu", "EDUCATION", "关于校园安全设施改造的议题", meeting);
    long lifted = readyTopic(s, "tang.li", "HOUSING", "关于城中村改造安置的议题", meeting);
    long overrun = readyTopic(s, "lin.na", "DEVREFORM", "关于数字经济产业园建设的议题", meeting);

    // Before the meeting: what is still missing
    JsonNode before = report(meeting, "chen.jing");
    assertEquals("BEFORE", before.get("phase").asText());
    everyClauseIn(before);
    assertEquals(Set.of(met, lifted, overrun), topicIds(before));
    assertEquals("PENDING", only(before, null, "T1").get("verdict").asText());
    assertNotNull(only(before, null, "T1").get("due").asText(null));
    assertEquals("PENDING", aspect(before, null, "S1", "topic list").get("verdict").asText());
    // rule: F4 — the lead unit head's signature, with the step's id, who and when
    JsonNode f4 = only(before, met, "F4");
    assertEquals("MET", f4.get("verdict").asText());
    JsonNode sig = f4.get("evidence").get(0);
    assertEquals("SIGNATURE", sig.get("kind").asText());
    assertEquals("luo.ping", sig.get("personId").asText());
    assertEquals("罗平", sig.get("personName").asText());
    assertEquals(s.step(met, "F4", null).get("id").asLong(), sig.get("recordId").asLong());
    assertEquals("/api/topics/" + met + "/reviews", sig.get("link").asText());
    assertTrue(sig.hasNonNull("at"));
    // rule: S5 F5 — not a fiscal matter: not applicable, and why
    assertEquals("NOT_APPLICABLE", only(before, met, "F5").get("verdict").asText());
    assertEquals("NOT_APPLICABLE", only(before, met, "S5").get("verdict").asText());
    assertEquals("MET", only(before, met, "S9").get("verdict").asText());
    assertEquals("MET", only(before, met, "T3").get("verdict").asText());
    assertEquals("NOT_APPLICABLE", only(before, met, "T8").get("verdict").asText());

    // The meeting prepared, held and closed
    ok(
        http.post(
            "topics/" + lifted + "/overrides",
            "li.jianguo",
            "{\"clause\":\"S7\",\"reason\":\"分管副区长赴省开会，由常务副区长代为听取\"}"),
        201);
    s.listed(meeting, met, lifted, overrun);
    Answer notices = http.post("meetings/" + meeting + "/notices", "liu.yang", "");
    ok(notices, 201);
    long noticeId = notices.json().get(0).get("id").asLong();
    Answer leave =
        http.post(
            "meetings/" + meeting + "/leave-requests",
            "sun.lei",
            "{\"kind\":\"ABSENCE\",\"reason\":\"赴省里参加会议\"}");
    ok(leave, 201);
    ok(
        http.post(
            "meetings/"
                + meeting
                + "/leave-requests/"
                + leave.json().get("id").asLong()
                + "/approve",
            "li.jianguo",
            "{}"),
        200);
    ok(
        http.put(
            "meetings/" + meeting + "/materials",
            "yang.xue",
            "{\"format\":\"A4 PDF\",\"copies\":25}"),
        200);
    ok(
        http.post(
            "meetings/" + meeting + "/materials/deliveries", "xie.yu", "{\"topicId\":" + met + "}"),
        200);
    ok(http.post("meetings/" + meeting + "/materials/distribution", "liu.yang", ""), 200);
    ok(
        http.post("meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"gao.yan\"}"),
        200);
    // S2: an emergency decision taken since the last meeting, whose report this meeting hears
    Answer emergency =
        http.post(
            "emergency-decisions",
            "li.jianguo",
            "{\"what\":\"紧急加固河堤\",\"whyNoMeeting\":\"汛期水位陡涨，无法及时召开会议\","
                + "\"means\":\"ORAL_REPORT\",\"heardBy\":[\"wang.hong\"],\"decidedBy\":\"li.jianguo\","
                + "\"decidedAt\":\""
                + Instant.now().minus(Duration.ofHours(5))
                + "\"}");
    ok(emergency, 201);
    s.inSession(meeting);
    assertTrue(s.hearEmergencyReports(meeting) >= 1);
    // K2: an attendee leaves midway without leave
    ok(
        http.post("meetings/" + meeting + "/departures", "liu.yang", "{\"personId\":\"gao.yan\"}"),
        200);
    Instant start = Instant.now();
    report(meeting, met, start, start.plus(Duration.ofMinutes(10)));
    report(meeting, lifted, start, start.plus(Duration.ofMinutes(12)));
    // D1: the default time limit is 15 minutes; this one took 40
    report(meeting, overrun, start, start.plus(Duration.ofMinutes(40)));
    for (long t : new long[] {met, lifted, overrun}) {
      ok(s.decide(meeting, t, t == met ? "EDUCATION" : t == lifted ? "HOUSING" : "DEVREFORM"), 200);
    }
    ok(http.post("meetings/" + meeting + "/close", "li.jianguo", ""), 200);

    // After the meeting: what the record shows
    JsonNode after = report(meeting, "li.jianguo");
    assertEquals("AFTER", after.get("phase").asText());
    everyClauseIn(after);
    for (JsonNode m : after.get("modules")) {
      assertTrue(m.toString(), m.get("checked").asBoolean());
    }
    assertEquals(0, after.at("/counts/NOT_CHECKED").asInt());
    int all = after.get("meeting").size();
    for (JsonNode t : after.get("topics")) {
      all += t.get("checks").size();
    }
    int counted = 0;
    for (JsonNode n : after.get("counts")) {
      counted += n.asInt();
    }
    assertEquals(all, counted);

    // rule: S7 — lifted: by whom, when, why, for which meeting
    JsonNode s7 = only(after, lifted, "S7");
    assertEquals(s7.toString(), "LIFTED", s7.get("verdict").asText());
    assertEquals("li.jianguo", s7.at("/lift/grantedBy").asText());
    assertEquals("分管副区长赴省开会，由常务副区长代为听取", s7.at("/lift/reason").asText());
    assertEquals(meeting, s7.at("/lift/meetingId").asLong());
    assertTrue(s7.at("/lift/grantedAt").isTextual());
    assertEquals("EXCEPTION", s7.at("/evidence/0/kind").asText());
    assertEquals("MET", only(after, met, "S7").get("verdict").asText());
    // rule: D1 — not met: the report ran over, with the report it rests on
    JsonNode d1 = only(after, overrun, "D1");
    assertEquals(d1.toString(), "NOT_MET", d1.get("verdict").asText());
    assertEquals("REPORT", d1.at("/evidence/0/kind").asText());
    assertEquals("ma.qiang", d1.at("/evidence/0/personId").asText());
    assertEquals("MET", only(after, met, "D1").get("verdict").asText());
    // rule: D2 D3 — every position and the decision, by whom and when
    JsonNode d2 = only(after, met, "D2");
    assertEquals("MET", d2.get("verdict").asText());
    Set<String> stated = new HashSet<>();
    d2.get("evidence").forEach(e -> stated.add(e.get("personId").asText()));
    assertEquals(Set.of(Scenario.PRESENT), stated);
    JsonNode d3 = only(after, met, "D3");
    assertEquals("MET", d3.get("verdict").asText());
    assertEquals("DECISION", d3.at("/evidence/0/kind").asText());
    assertEquals("li.jianguo", d3.at("/evidence/0/personId").asText());
    assertEquals("PENDING", only(after, met, "I1").get("verdict").asText());
    // rule: C1 — quorum at the opening, on the members' sign-ins
    JsonNode quorum = aspect(after, null, "C1", "quorum");
    assertEquals("MET", quorum.get("verdict").asText());
    assertTrue(quorum.toString(), quorum.toString().contains("\"personId\":\"li.jianguo\""));
    assertEquals("SIGN_IN", quorum.at("/evidence/0/kind").asText());
    assertEquals("MET", aspect(after, null, "C1", "who convenes").get("verdict").asText());
    // rule: K2 — left midway without leave
    JsonNode k2 = only(after, null, "K2");
    assertEquals("NOT_MET", k2.get("verdict").asText());
    assertTrue(k2.toString(), k2.toString().contains("\"personId\":\"gao.yan\""));
    // rule: M1 — the notice and its receipt, by the notice's id
    JsonNode m1 = aspect(after, null, "M1", "the notice");
    assertEquals(m1.toString(), "MET", m1.get("verdict").asText());
    assertTrue(m1.toString(), m1.toString().contains("\"recordId\":" + noticeId));
    assertEquals("MET", only(after, null, "T1").get("verdict").asText());
    assertEquals("MET", aspect(after, null, "S1", "topic list").get("verdict").asText());
    // rule: S2 — reported: the report heard in session, by whom and when
    JsonNode s2 = aspect(after, null, "S2", "reported to the meeting");
    assertEquals(s2.toString(), "MET", s2.get("verdict").asText());
    assertTrue(s2.toString(), s2.toString().contains("已听取报告：紧急加固河堤（报告人：li.jianguo）"));
    assertTrue(
        s2.toString(),
        s2.toString().contains("\"recordId\":" + emergency.json().get("id").asLong()));
    // rule: S2 — and how it was taken: the oral report, to whom
    JsonNode how = aspect(after, null, "S2", "how it was decided");
    assertEquals(how.toString(), "MET", how.get("verdict").asText());
    assertTrue(how.toString(), how.toString().contains("口头汇报：紧急加固河堤（听取人：wang.hong）"));
    assertEquals("PENDING", only(after, null, "M3").get("verdict").asText());

    System.out.println("compliance of meeting " + meeting + ": " + after.get("counts"));
    for (JsonNode t : after.get("topics")) {
      List<String> line = new ArrayList<>();
      t.get("checks")
          .forEach(c -> line.add(c.get("clause").asText() + "=" + c.get("verdict").asText()));
      System.out.println(
          "  topic " + t.get("topicId") + " " + t.get("title").asText() + ": " + line);
    }
    List<String> line = new ArrayList<>();
    after
        .get("meeting")
        .forEach(c -> line.add(c.get("clause").asText() + "=" + c.get("verdict").asText()));
    System.out.println("  meeting: " + line);

    // English on request
    Answer en =
        http.send(
            "GET",
            "meetings/" + meeting + "/compliance",
            "li.jianguo",
            Http.DEMO_PASSWORD,
            null,
            null,
            "Accept-Language",
            "en");
    ok(en, 200);
    assertTrue(en.body, en.body.contains("the report ran over its time limit"));

    // rule: K3 — only the meeting's papers' readers
    assertProblem(http.get("meetings/" + meeting + "/compliance", "lin.na"), 403, "K3");
    assertProblem(http.get("meetings/" + meeting + "/compliance.pdf", "lin.na"), 403, "K3");
    assertProblem(http.get("meetings/999999/compliance", "li.jianguo"), 404, null);

    // The printed report: PDF/A-2b, by its own path and by asking for PDF
    byte[] pdf = http.bytes("meetings/" + meeting + "/compliance.pdf", "chen.jing");
    assertNotNull(pdf);
    String head = new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
    assertTrue(head, head.startsWith("%PDF-"));
    assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("pdfaid:part"));
    Answer asked =
        http.send(
            "GET",
            "meetings/" + meeting + "/compliance",
            "chen.jing",
            Http.DEMO_PASSWORD,
            null,
            null,
            "Accept",
            "application/pdf");
    ok(asked, 200);
    assertTrue(asked.contentType, asked.contentType.startsWith("application/pdf"));

    districtClauses(meeting, met);
  }

  /** The district's policy supplies its own clauses: Dongfeng's, once it is in force. */
  private void districtClauses(long meeting, long topic) throws Exception {
    features.installFeature(
        "govmeeting-policy-dongfeng", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    try {
      setDistrict("dongfeng");
      JsonNode r = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline) {
        r = report(meeting, "li.jianguo");
        if ("dongfeng".equals(r.path("policyDistrict").asText())) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals("dongfeng", r.get("policyDistrict").asText());
      JsonNode audit = only(r, topic, "DF-1");
      assertTrue(audit.get("district").asBoolean());
      assertEquals("NOT_APPLICABLE", audit.get("verdict").asText());
      assertEquals("policy dongfeng 2024.1", audit.get("source").asText());
      assertEquals("MET", only(r, topic, "DF-2").get("verdict").asText());
    } finally {
      setDistrict("qianjin");
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline && !active("qianjin")) {
        Thread.sleep(100);
      }
      features.uninstallFeature(
          "govmeeting-policy-dongfeng", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    }
  }

  private boolean active(String district) {
    for (JsonNode p : http.get("policies", "li.jianguo").json()) {
      if (p.get("active").asBoolean() && p.get("district").asText().equals(district)) {
        return true;
      }
    }
    return false;
  }

  private void setDistrict(String district) throws IOException {
    Configuration c = configAdmin.getConfiguration("org.govmeeting.review", null);
    Dictionary<String, Object> p =
        c.getProperties() == null ? new Hashtable<>() : c.getProperties();
    p.put("activeDistrict", district);
    c.update(p);
  }

  private void report(long meeting, long topic, Instant from, Instant to) {
    ok(
        http.post(
            "deliberations/" + meeting + "/" + topic + "/report",
            "yang.xue",
            "{\"startedAt\":\"" + from + "\",\"endedAt\":\"" + to + "\"}"),
        200);
  }

  private JsonNode report(long meeting, String user) {
    Answer a = http.get("meetings/" + meeting + "/compliance", user);
    ok(a, 200);
    return a.json();
  }

  private static Set<Long> topicIds(JsonNode report) {
    Set<Long> out = new HashSet<>();
    report.get("topics").forEach(t -> out.add(t.get("topicId").asLong()));
    return out;
  }

  /** Every clause of rules.md is in the report: judged, not applicable, or a topic's. */
  private static void everyClauseIn(JsonNode report) {
    Set<String> seen = new HashSet<>();
    report.get("meeting").forEach(c -> seen.add(c.get("clause").asText()));
    for (JsonNode t : report.get("topics")) {
      Set<String> mine = new HashSet<>();
      t.get("checks").forEach(c -> mine.add(c.get("clause").asText()));
      seen.addAll(mine);
      for (JsonNode c : t.get("checks")) {
        assertFalse(c.toString(), c.get("reason").asText("").isBlank());
      }
    }
    for (String c : CLAUSES) {
      assertTrue(c + " is missing from " + seen, seen.contains(c));
    }
  }

  private static List<JsonNode> checks(JsonNode report, Long topic, String clause) {
    JsonNode list = report.get("meeting");
    if (topic != null) {
      list = null;
      for (JsonNode t : report.get("topics")) {
        if (t.get("topicId").asLong() == topic) {
          list = t.get("checks");
        }
      }
      assertNotNull("no topic " + topic, list);
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : list) {
      if (c.get("clause").asText().equals(clause)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The one check of the clause (for the meeting if {@code topic} is null). */
  private static JsonNode only(JsonNode report, Long topic, String clause) {
    List<JsonNode> found = checks(report, topic, clause);
    assertEquals(clause + " of " + topic + ": " + found, 1, found.size());
    return found.get(0);
  }

  /** The check of the clause in one respect, by its English name. */
  private static JsonNode aspect(JsonNode report, Long topic, String clause, String aspect) {
    for (JsonNode c : checks(report, topic, clause)) {
      if (aspect.equals(c.path("aspectEnglish").asText())) {
        return c;
      }
    }
    throw new AssertionError(
        "no " + clause + " (" + aspect + ") in " + checks(report, topic, clause));
  }
}

package org.govmeeting.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import org.govmeeting.itests.Http.Answer;
import org.junit.Before;
import org.junit.Test;

/** A topic's way from the form through its sign-offs to the approved topic list, over REST. */
public class TopicReviewIT extends PlatformTestSupport {
  private Scenario scenario;

  @Before
  public void scenario() {
    scenario = new Scenario(http);
  }

  /** The seven elements of a policy interpretation (P2). */
  private static void interpretation(ObjectNode form) {
    ObjectNode i = form.putObject("interpretation");
    i.put("background", "背景缘由");
    i.put("basis", "政策依据");
    i.put("unitsConcerned", "涉及单位");
    i.put("beneficiaries", "受益群体");
    i.put("content", "主要内容");
    i.put("benefitChannels", "受益渠道");
    i.put("procedure", "操作程序");
  }

  private JsonNode reviews(long topic) {
    return http.get("topics/" + topic + "/reviews", "li.jianguo").json();
  }

  @Test
  public void a_normativeDocumentReachesTheApprovedTopicList() {
    // rule: T4, P2, S4, F6, F7, F8, S1 — interpretation, public consultation, legality review,
    // vice-mayor, Office, then the Office's compiled list approved by the mayor
    long meeting = scenario.meeting(Duration.ofDays(20), Duration.ofDays(10));
    ObjectNode form = Scenario.form("关于印发《前进区校外培训机构管理办法》的议题", "T4", "luo.ping");
    form.put("normativeDocument", true);
    form.put("needsInterpretation", false);
    form.put("meetingId", meeting);
    long topic = scenario.create("xie.yu", form);

    // P2: a normative document carries the interpretation whatever needsInterpretation says
    Answer noInterpretation = scenario.submit("xie.yu", topic);
    assertProblem(noInterpretation, 400, "P2");
    assertEquals("interpretation", noInterpretation.json().get("field").asText());
    interpretation(form);
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);

    assertProblem(scenario.submit("xie.yu", topic), 409, "S4");
    assertEquals("a refused submission changes nothing", "DRAFT", scenario.status(topic, "xie.yu"));

    // S4: a consultation still running, its outcome not yet recorded, is refused with both
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    ObjectNode pc = form.putObject("publicConsultation");
    pc.put("from", today.minusDays(7).toString());
    pc.put("to", today.plusDays(21).toString());
    pc.put("channel", "区政府门户网站");
    pc.put("comments", 3);
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);
    Answer running = scenario.submit("xie.yu", topic);
    assertProblem(running, 400, "S4");
    assertEquals("publicConsultation.to", running.json().get("field").asText());
    // every problem at once (issue 16, item 3): the form's two and the policy's own finding
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode e : running.json().get("errors")) {
      errors.put(e.path("field").asText("(policy)"), e.get("message").asText());
      assertEquals(e.toString(), "S4", e.get("clause").asText());
    }
    assertTrue(
        errors.toString(),
        errors.get("publicConsultation.to").contains("至" + today.plusDays(21) + "止"));
    assertTrue(errors.toString(), errors.containsKey("publicConsultation.handling"));
    assertTrue(errors.toString(), errors.containsKey("(policy)"));
    assertEquals("DRAFT", scenario.status(topic, "xie.yu"));
    assertEquals("no chain, so no legality review (F6) to sign", 0, reviews(topic).size());

    // once it has ended, with its outcome recorded, the topic goes in
    pc.put("from", today.minusDays(40).toString());
    pc.put("to", today.minusDays(10).toString());
    pc.put("comments", 23);
    pc.put("handling", "采纳15条，未采纳8条并说明理由");
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);
    Answer submitted = scenario.submit("xie.yu", topic);
    assertEquals(submitted.toString(), 200, submitted.status);
    assertEquals("IN_REVIEW", submitted.json().get("status").asText());

    // P2 on the list's way: a normative document refused for its interpretation has no chain, and
    // the mayor cannot put it on the list either
    ObjectNode bare = Scenario.form("关于印发《前进区养犬管理办法》的议题", "T4", "luo.ping");
    bare.put("normativeDocument", true);
    bare.put("meetingId", meeting);
    ObjectNode ended = bare.putObject("publicConsultation");
    ended.setAll(pc);
    long uninterpreted = scenario.create("xie.yu", bare);
    assertProblem(scenario.submit("xie.yu", uninterpreted), 400, "P2");
    assertEquals(0, reviews(uninterpreted).size());

    JsonNode chain = scenario.chain(topic);
    assertEquals("qianjin", chain.get("policyDistrict").asText());
    assertEquals("luo.ping", scenario.step(topic, "F4", null).get("signerId").asText());
    assertEquals("JUSTICE_HEAD", scenario.step(topic, "F6", null).get("role").asText());
    assertEquals("zhao.min", scenario.step(topic, "F7", null).get("signerId").asText());

    assertEquals(200, scenario.sign(topic, "F4", null, "luo.ping").status);
    // (f) an Office clerk, who may read the topic, tries the legality review: 403, nothing changes
    String before = scenario.chain(topic).toString();
    assertProblem(scenario.sign(topic, "F6", null, "liu.yang"), 403, "F6");
    assertEquals(before, scenario.chain(topic).toString());
    assertEquals(200, scenario.sign(topic, "F6", null, "xu.li").status);
    assertEquals(200, scenario.sign(topic, "F7", null, "zhao.min").status);
    assertEquals(200, scenario.sign(topic, "F8", null, "chen.jing").status);
    assertEquals("READY", scenario.status(topic, "xie.yu"));

    assertProblem(http.post("topic-lists/" + meeting, "xie.yu", ""), 403, null);
    Answer compiled = http.post("topic-lists/" + meeting, "liu.yang", "");
    assertEquals(compiled.toString(), 201, compiled.status);
    assertTrue(
        compiled.body, compiled.json().get("topicIds").toString().contains(String.valueOf(topic)));
    assertFalse(
        compiled.body,
        compiled.json().get("topicIds").toString().contains(String.valueOf(uninterpreted)));
    assertProblem(http.post("topic-lists/" + meeting + "/approve", "chen.jing", "{}"), 403, null);
    assertProblem(
        http.post(
            "topic-lists/" + meeting + "/approve",
            "li.jianguo",
            "{\"topicIds\":[" + topic + "," + uninterpreted + "]}"),
        400,
        "S1");
    Answer approved = http.post("topic-lists/" + meeting + "/approve", "li.jianguo", "{}");
    assertEquals(approved.toString(), 200, approved.status);
    assertEquals("APPROVED", approved.json().get("state").asText());
    assertEquals("LISTED", scenario.status(topic, "xie.yu"));
    assertEquals("DRAFT", scenario.status(uninterpreted, "xie.yu"));
    assertEquals(meeting, http.get("topics/" + topic, "xie.yu").json().get("meetingId").asLong());
  }

  @Test
  public void b_fiscalMatterNeedsFinanceAndTheExecutiveViceMayor() {
    // rule: S5, F5
    ObjectNode form = Scenario.form("关于发行专项债券建设老旧小区改造项目的议题", "T3", "ma.qiang");
    form.put("fiscal", true);
    long topic = scenario.create("lin.na", form);
    assertEquals(200, scenario.submit("lin.na", topic).status);
    assertEquals(200, scenario.sign(topic, "F4", null, "ma.qiang").status);
    assertProblem(scenario.sign(topic, "F5", "EXECUTIVE_VICE_MAYOR", "wang.hong"), 409, "F5");
    assertProblem(scenario.sign(topic, "F5", "FINANCE_HEAD", "wang.hong"), 403, "F5");
    assertEquals(200, scenario.sign(topic, "F5", "FINANCE_HEAD", "huang.tao").status);
    assertEquals("IN_REVIEW", scenario.status(topic, "lin.na"));
    assertProblem(scenario.sign(topic, "F7", null, "wang.hong"), 409, "F7");
    assertEquals(200, scenario.sign(topic, "F5", "EXECUTIVE_VICE_MAYOR", "wang.hong").status);
    assertEquals(200, scenario.sign(topic, "F7", null, "wang.hong").status);
    assertEquals(200, scenario.sign(topic, "F8", null, "chen.jing").status);
    assertEquals("READY", scenario.status(topic, "lin.na"));
    JsonNode finance = scenario.step(topic, "F5", "FINANCE_HEAD");
    assertEquals("huang.tao", finance.get("actorId").asText());
    assertEquals("FINANCE_HEAD", finance.get("actorRole").asText());
    assertTrue(finance.hasNonNull("actedAt"));
  }

  @Test
  public void c_returnedTopicIsRevisedAndResubmittedWithHistory() {
    ObjectNode form = Scenario.form("关于棚户区改造安置方案的议题", "T3", "song.wei");
    long topic = scenario.create("tang.li", form);
    assertEquals(200, scenario.submit("tang.li", topic).status);
    assertProblem(http.edit("topics/" + topic, "tang.li", form.toString()), 409, null);
    assertEquals(200, scenario.sign(topic, "F4", null, "song.wei").status);
    long f7 = scenario.step(topic, "F7", null).get("id").asLong();
    Answer returned =
        http.post(
            "topics/" + topic + "/reviews/" + f7 + "/return",
            "sun.lei",
            "{\"reason\":\"请补充安置资金测算\"}");
    assertEquals(returned.toString(), 200, returned.status);
    assertEquals("RETURNED", scenario.status(topic, "tang.li"));

    form.put("implementationOpinion", "实施意见（修订）：补充了安置资金测算。");
    assertEquals(200, http.edit("topics/" + topic, "tang.li", form.toString()).status);
    Answer again = scenario.submit("tang.li", topic);
    assertEquals(again.toString(), 200, again.status);
    assertEquals(2, again.json().get("version").asInt());

    JsonNode chains = http.get("topics/" + topic + "/reviews", "tang.li").json();
    assertEquals(2, chains.size());
    assertEquals("RETURNED", chains.get(0).get("state").asText());
    JsonNode returnStep = null;
    for (JsonNode s : chains.get(0).get("steps")) {
      if (s.get("clause").asText().equals("F7")) {
        returnStep = s;
      }
    }
    assertEquals("请补充安置资金测算", returnStep.get("comment").asText());
    assertEquals("sun.lei", returnStep.get("actorId").asText());
    assertEquals("IN_REVIEW", chains.get(1).get("state").asText());

    JsonNode history = http.get("topics/" + topic + "/history", "tang.li").json();
    assertEquals(2, history.get("revisions").size());
    assertTrue(history.get("revisions").get(1).toString().contains("修订"));
    assertTrue(history.get("events").toString().contains("REVIEW_RETURNED"));
  }

  @Test
  public void d_lateTopicRollsToTheNextMeeting() {
    // rule: S9 — the cut-off of the meeting asked for has passed
    long passed = scenario.meeting(Duration.ofDays(2), Duration.ofDays(3));
    long next = scenario.meeting(Duration.ofDays(30), Duration.ofDays(5));
    ObjectNode form = Scenario.form("关于迟报议题的测试", "T9", "luo.ping");
    form.put("meetingId", passed);
    long topic = scenario.create("xie.yu", form);
    assertEquals(200, scenario.submit("xie.yu", topic).status);
    scenario.signAll(topic, "EDUCATION");
    JsonNode t = http.get("topics/" + topic, "xie.yu").json();
    assertEquals("READY", t.get("status").asText());
    assertNotEquals(passed, t.get("meetingId").asLong());
    assertTrue(t.toString(), t.get("meetingNote").asText().startsWith("S9"));
    assertTrue(t.get("meetingId").asLong() > 0);
    assertTrue(next > passed);
    Answer compiled = http.post("topic-lists/" + passed, "liu.yang", "");
    assertTrue(!compiled.json().get("topicIds").toString().contains(String.valueOf(topic)));
  }

  @Test
  public void e_dissentIsBlockedUntilTheMayorAgrees() {
    // rule: S3 — 原则上: blocked by default, lifted only by the mayor with a recorded reason
    ObjectNode form = Scenario.form("关于调整学区划分的议题", "T3", "luo.ping");
    ObjectNode dissent = form.withArray("consultations").addObject();
    dissent.put("unitId", "HOUSING");
    dissent.put("answer", "DISAGREE");
    dissent.put("opinion", "学区调整影响在建安置房");
    long topic = scenario.create("xie.yu", form);
    Answer noSolution = scenario.submit("xie.yu", topic);
    assertProblem(noSolution, 400, "S3");
    assertEquals("consultations[1].solution", noSolution.json().get("field").asText());
    dissent.put("solution", "分两期实施，先行调整已建成片区");
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);
    assertProblem(scenario.submit("xie.yu", topic), 409, "S3");

    String lift = "{\"clause\":\"S3\",\"reason\":\"学期开始前必须确定\"}";
    assertProblem(http.post("topics/" + topic + "/overrides", "wang.hong", lift), 403, null);
    assertProblem(
        http.post(
            "topics/" + topic + "/overrides", "li.jianguo", "{\"clause\":\"S4\",\"reason\":\"x\"}"),
        409,
        "S4");
    Answer lifted = http.post("topics/" + topic + "/overrides", "li.jianguo", lift);
    assertEquals(lifted.toString(), 201, lifted.status);
    JsonNode override = lifted.json().get("overrides").get(0);
    assertEquals("S3", override.get("clause").asText());
    assertEquals("li.jianguo", override.get("grantedBy").asText());
    assertEquals("学期开始前必须确定", override.get("reason").asText());
    assertTrue(override.hasNonNull("grantedAt"));
    assertTrue(override.get("inForce").asBoolean());

    // rule: S3 — the mayor agreed to this form; an edit that changes it needs a new agreement
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);
    JsonNode unchanged = http.get("topics/" + topic, "xie.yu").json().get("overrides").get(0);
    assertTrue("the same form written again keeps it", unchanged.get("inForce").asBoolean());
    dissent.put("solution", "分三期实施，先行调整新建片区");
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);
    JsonNode lapsed = http.get("topics/" + topic, "xie.yu").json().get("overrides").get(0);
    assertFalse(lapsed.get("inForce").asBoolean());
    assertTrue(lapsed.toString(), lapsed.get("lapsed").asText().contains("已修改"));
    assertProblem(scenario.submit("xie.yu", topic), 409, "S3");
    Answer again = http.post("topics/" + topic + "/overrides", "li.jianguo", lift);
    assertEquals(again.toString(), 201, again.status);
    assertTrue(again.json().get("overrides").get(1).get("inForce").asBoolean());
    assertEquals(200, scenario.submit("xie.yu", topic).status);
  }

  @Test
  public void theCategoryAndFactsDecideNotTheCheckboxes_T4_S6_S3() {
    // rule: T4 — a T4 topic says whether it is a normative document; left off is no answer
    ObjectNode policy = Scenario.form("关于印发《前进区促进夜间经济发展若干措施》的议题", "T4", "luo.ping");
    long t4 = scenario.create("xie.yu", policy);
    Answer unanswered = scenario.submit("xie.yu", t4);
    assertProblem(unanswered, 400, "T4");
    assertEquals("policyDocumentKind", unanswered.json().get("field").asText());
    policy.put("policyDocumentKind", "OTHER_POLICY_DOCUMENT");
    assertEquals(200, http.edit("topics/" + t4, "xie.yu", policy.toString()).status);
    assertEquals(200, scenario.submit("xie.yu", t4).status);
    String chain = scenario.chain(t4).toString();
    assertTrue("the chain is built: " + chain, chain.contains("\"F7\""));
    assertFalse(
        "another policy document has no legality review: " + chain, chain.contains("\"F6\""));

    // rule: S6 — going on to the party committee (F9) puts it in the remit, box or no box
    ObjectNode f9 = Scenario.form("关于老城区改造征收补偿方案的议题", "T3", "luo.ping");
    f9.put("toPartyCommittee", true);
    f9.put("partyCommitteeRemit", false);
    long toParty = scenario.create("xie.yu", f9);
    assertProblem(scenario.submit("xie.yu", toParty), 409, "S6");
    assertEquals("DRAFT", scenario.status(toParty, "xie.yu"));

    // rule: S3 — an emergency says why, and counts once the mayor confirms it
    ObjectNode flood = Scenario.form("关于汛期堤防应急除险加固的议题", "T3", "luo.ping");
    flood.putArray("consultations");
    flood.put("urgent", true);
    long urgent = scenario.create("xie.yu", flood);
    Answer noReason = scenario.submit("xie.yu", urgent);
    assertProblem(noReason, 400, "S3");
    assertEquals("urgentReason", noReason.json().get("field").asText());
    flood.put("urgentReason", "主汛期将至，险工段须在七日内完成加固");
    assertEquals(200, http.edit("topics/" + urgent, "xie.yu", flood.toString()).status);
    assertProblem(scenario.submit("xie.yu", urgent), 409, "S3");
    Answer confirmed =
        http.post(
            "topics/" + urgent + "/overrides",
            "li.jianguo",
            "{\"clause\":\"S3\",\"reason\":\"确认为突发紧急事项\"}");
    assertEquals(confirmed.toString(), 201, confirmed.status);
    assertEquals(200, scenario.submit("xie.yu", urgent).status);
  }

  @Test
  public void aTopicRaisedOutsideItsDepartmentNeedsTheMayor_S1() {
    // rule: S1 — 原则上 the department raises its topic; a vice-mayor may, with the mayor's lift
    ObjectNode form = Scenario.form("关于统筹城乡义务教育学校布局调整的议题", "T3", "luo.ping");
    form.put("leadUnitId", "EDUCATION");
    assertProblem(http.post("topics", "qian.lin", form.toString()), 403, "S1");
    long raised = scenario.create("zhao.min", form);
    assertProblem(scenario.submit("zhao.min", raised), 409, "S1");
    assertEquals("DRAFT", scenario.status(raised, "zhao.min"));
    Answer agreed =
        http.post(
            "topics/" + raised + "/overrides",
            "li.jianguo",
            "{\"clause\":\"S1\",\"reason\":\"分管副区长牵头统筹，教育局配合\"}");
    assertEquals(agreed.toString(), 201, agreed.status);
    assertEquals("li.jianguo", agreed.json().get("overrides").get(0).get("grantedBy").asText());
    Answer submitted = scenario.submit("zhao.min", raised);
    assertEquals(submitted.toString(), 200, submitted.status);
    assertEquals("IN_REVIEW", scenario.status(raised, "xie.yu"));
  }

  @Test
  public void theReporterIsTheSupervisorTheHeadOrWhomTheMayorNames_D1() {
    // rule: D1 — the supervising vice-mayor or the lead department's head reports the topic
    ObjectNode form = Scenario.form("关于中小学课后服务收费标准的议题", "T3", "xie.yu");
    long topic = scenario.create("xie.yu", form);
    Answer refused = scenario.submit("xie.yu", topic);
    assertProblem(refused, 400, "D1");
    assertEquals("reporterId", refused.json().get("field").asText());
    String designation = "{\"personId\":\"xie.yu\",\"reason\":\"局长外出学习，由具体经办人汇报\"}";
    assertProblem(
        http.post("topics/" + topic + "/reporter-designations", "zhao.min", designation),
        403,
        null);
    assertProblem(
        http.post(
            "topics/" + topic + "/reporter-designations",
            "li.jianguo",
            "{\"personId\":\"nobody.here\",\"reason\":\"x\"}"),
        400,
        "D1");
    Answer named =
        http.post("topics/" + topic + "/reporter-designations", "li.jianguo", designation);
    assertEquals(named.toString(), 201, named.status);
    JsonNode d = named.json().get("reporterDesignation");
    assertEquals("xie.yu", d.get("personId").asText());
    assertEquals("li.jianguo", d.get("designatedBy").asText());
    assertEquals("局长外出学习，由具体经办人汇报", d.get("reason").asText());
    assertTrue(d.hasNonNull("designatedAt"));
    assertEquals(200, scenario.submit("xie.yu", topic).status);

    ObjectNode bySupervisor = Scenario.form("关于校园周边交通整治的议题", "T3", "zhao.min");
    long supervised = scenario.create("xie.yu", bySupervisor);
    assertEquals(200, scenario.submit("xie.yu", supervised).status);
  }

  @Test
  public void theOfficeSendsAStronglyLegalMatterToJustice_F6() {
    // rule: F6 — 其他法律性较强的事项: asked for by the Office or the supervisor, reviewed by Justice
    long topic = scenario.create("xie.yu", Scenario.form("关于委托第三方开展校车运营的议题", "T3", "luo.ping"));
    assertEquals(200, scenario.submit("xie.yu", topic).status);
    assertEquals(200, scenario.sign(topic, "F4", null, "luo.ping").status);
    String ask = "topics/" + topic + "/legal-review-requests";
    String why = "{\"reason\":\"涉及特许经营协议和安全责任划分，法律性较强\"}";
    assertProblem(http.post(ask, "xie.yu", why), 403, null);
    assertProblem(http.post(ask, "sun.lei", why), 404, null);
    Answer asked = http.post(ask, "liu.yang", why);
    assertEquals(asked.toString(), 201, asked.status);
    assertEquals("liu.yang", asked.json().at("/legalReviewRequest/askedBy").asText());
    assertProblem(http.post(ask, "zhao.min", why), 409, "F6");
    JsonNode f6 = scenario.step(topic, "F6", "JUSTICE_HEAD");
    assertEquals("PENDING", f6.get("state").asText());
    assertEquals("liu.yang", f6.get("requestedBy").asText());
    assertEquals("涉及特许经营协议和安全责任划分，法律性较强", f6.get("requestReason").asText());
    assertEquals(200, scenario.sign(topic, "F7", null, "zhao.min").status);
    assertEquals("WAITING", scenario.step(topic, "F8", null).get("state").asText());
    assertEquals(200, scenario.sign(topic, "F6", "JUSTICE_HEAD", "xu.li").status);
    assertEquals(200, scenario.sign(topic, "F8", null, "chen.jing").status);
    assertEquals("READY", scenario.status(topic, "xie.yu"));
  }

  @Test
  public void supervisorSettlesWithinTheirAuthority() {
    // rule: S8
    long topic = scenario.create("xie.yu", Scenario.form("关于校园安保外包的议题", "T9", "luo.ping"));
    assertEquals(200, scenario.submit("xie.yu", topic).status);
    assertProblem(
        http.post("topics/" + topic + "/settle", "sun.lei", "{\"disposition\":\"x\"}"), 404, null);
    Answer settled =
        http.post(
            "topics/" + topic + "/settle",
            "zhao.min",
            "{\"disposition\":\"属分管副区长职权范围，已批示区教育局按程序办理\"}");
    assertEquals(settled.toString(), 200, settled.status);
    assertEquals("SETTLED", settled.json().get("status").asText());
    assertEquals("CLOSED", scenario.chain(topic).get("state").asText());
    assertProblem(scenario.sign(topic, "F4", null, "luo.ping"), 409, null);
  }

  @Test
  public void mayorCanKeepATopicFromBeingSettled() {
    // rule: S8 — 原则上: the mayor may lift it, and then the topic goes to the meeting
    long topic = scenario.create("xie.yu", Scenario.form("区长要求上会的议题", "T9", "luo.ping"));
    assertEquals(200, scenario.submit("xie.yu", topic).status);
    Answer lifted =
        http.post(
            "topics/" + topic + "/overrides",
            "li.jianguo",
            "{\"clause\":\"S8\",\"reason\":\"涉及多个部门，需集体研究\"}");
    assertEquals(lifted.toString(), 201, lifted.status);
    // rule: S7 — lifted for the meeting a topic is on: this one is on none yet
    assertProblem(
        http.post(
            "topics/" + topic + "/overrides",
            "li.jianguo",
            "{\"clause\":\"S7\",\"reason\":\"常务副区长代为汇报\"}"),
        409,
        "S7");
    assertProblem(
        http.post("topics/" + topic + "/settle", "zhao.min", "{\"disposition\":\"自行处理\"}"),
        409,
        "S8");
    assertEquals("IN_REVIEW", scenario.status(topic, "xie.yu"));
    // rule: S8 — the supervisor's yes at F7 is recorded, and the mayor's decision holds
    assertEquals(200, scenario.sign(topic, "F4", null, "luo.ping").status);
    long f7 = scenario.step(topic, "F7", null).get("id").asLong();
    Answer yes =
        http.post(
            "topics/" + topic + "/reviews/" + f7 + "/sign",
            "zhao.min",
            "{\"comment\":\"本可自行协调，按区长要求上会\",\"withinAuthority\":true}");
    assertEquals(yes.toString(), 200, yes.status);
    assertEquals("IN_REVIEW", yes.json().get("state").asText());
    assertTrue(scenario.step(topic, "F7", null).get("withinAuthority").asBoolean());
    assertEquals("IN_REVIEW", scenario.status(topic, "xie.yu"));
  }

  @Test
  public void theSupervisorsSignatureAsksWhetherItIsTheirsToSettle_S8() {
    // rule: S8 — at F7 the supervisor answers; yes settles the topic, which goes to no meeting
    long topic = scenario.create("xie.yu", Scenario.form("关于区属学校食堂配送调整的议题", "T9", "luo.ping"));
    assertEquals(200, scenario.submit("xie.yu", topic).status);
    assertEquals(200, scenario.sign(topic, "F4", null, "luo.ping").status);
    String sign =
        "topics/"
            + topic
            + "/reviews/"
            + scenario.step(topic, "F7", null).get("id").asLong()
            + "/sign";
    Answer unanswered = http.post(sign, "zhao.min", "{\"comment\":\"同意\"}");
    assertProblem(unanswered, 400, "S8");
    assertEquals("withinAuthority", unanswered.json().get("field").asText());
    assertEquals("PENDING", scenario.step(topic, "F7", null).get("state").asText());
    Answer settled =
        http.post(
            sign, "zhao.min", "{\"comment\":\"已协调区教育局、区市场监管局按现行办法办理\",\"withinAuthority\":true}");
    assertEquals(settled.toString(), 200, settled.status);
    assertEquals("CLOSED", settled.json().get("state").asText());
    JsonNode t = http.get("topics/" + topic, "xie.yu").json();
    assertEquals("SETTLED", t.get("status").asText());
    assertEquals("已协调区教育局、区市场监管局按现行办法办理", t.get("closingNote").asText());
    assertProblem(scenario.sign(topic, "F8", null, "chen.jing"), 409, null);
  }

  @Test
  public void topicFormRecordsEveryField_F1toF9() {
    // rule: F1 F2 F3 F9 — the form as filed is the form as read, signatures F4-F8 come from the
    // chain
    ObjectNode form = Scenario.form("关于提请区委常委会审议城市更新规划的议题", "T7", "luo.ping");
    form.putArray("attendingUnitIds").add("HOUSING").add("NATRES");
    form.put("toPartyCommittee", true);
    form.put("partyCommitteeRemit", true);
    ObjectNode pre = form.putObject("partyPreReport");
    pre.put("reportedBy", "zhao.min, 区教育局");
    pre.put("reportedOn", "2026-11-20");
    pre.put("result", "同意提交区政府常务会议研究");
    long topic = scenario.create("xie.yu", form);
    JsonNode read = http.get("topics/" + topic, "xie.yu").json();
    JsonNode f = read.get("form");
    assertEquals("关于提请区委常委会审议城市更新规划的议题", f.get("name").asText());
    assertEquals("luo.ping", f.get("reporterId").asText());
    assertEquals("EDUCATION", f.get("leadUnitId").asText());
    assertEquals("[\"HOUSING\",\"NATRES\"]", f.get("attendingUnitIds").toString());
    assertEquals("PARTY_COMMITTEE_OR_CONGRESS", f.get("category").asText());
    assertTrue(f.get("toPartyCommittee").asBoolean());
    assertEquals("zhao.min", read.get("supervisorId").asText());
    assertEquals(200, scenario.submit("xie.yu", topic).status);
  }

  @Test
  public void explanationOver2000CharactersIsRefused() {
    // rule: P3
    ObjectNode form = Scenario.form("说明过长的议题", "T9", "luo.ping");
    form.with("explanation").put("content", "议".repeat(2001));
    Answer a = http.post("topics", "xie.yu", form.toString());
    assertProblem(a, 400, "P3");
    assertEquals("explanation", a.json().get("field").asText());
  }

  @Test
  public void materialFilesKeepTheirBytesAndChecksum() throws Exception {
    // rule: P1 — materials as files, stored with a checksum, downloadable
    long topic = scenario.create("xie.yu", Scenario.form("带附件的议题", "T9", "luo.ping"));
    byte[] pdf = ("%PDF-1.4 议题说明 " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    HttpClient client = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString("xie.yu:demo".getBytes(StandardCharsets.UTF_8));
    String base = "http://localhost:" + Integer.getInteger(PORT_PROPERTY) + "/api/topics/" + topic;
    HttpResponse<String> up =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/files?kind=EXPLANATION&name=" + "%E8%AF%B4%E6%98%8E.pdf"))
                .header("Authorization", auth)
                .header("Content-Type", "application/pdf")
                .header(Http.SAME_SITE[0], Http.SAME_SITE[1])
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(up.body(), 201, up.statusCode());
    JsonNode file = Scenario.JSON.readTree(up.body());
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
    assertEquals(sha, file.get("sha256").asText());
    assertEquals("说明.pdf", file.get("fileName").asText());
    HttpResponse<byte[]> down =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/files/" + file.get("id").asLong()))
                .header("Authorization", auth)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, down.statusCode());
    assertArrayEquals(pdf, down.body());
    assertEquals("application/pdf", down.headers().firstValue("Content-Type").orElse(""));
    HttpResponse<byte[]> stranger =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/files/" + file.get("id").asLong()))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("lin.na:demo".getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("another unit's draft is invisible", 404, stranger.statusCode());
  }

  @Test
  public void staffSeeTheirOwnUnitsTopicsOnly() {
    long topic = scenario.create("xie.yu", Scenario.form("教育局草稿", "T9", "luo.ping"));
    assertEquals(200, http.get("topics/" + topic, "luo.ping").status);
    assertEquals(404, http.get("topics/" + topic, "lin.na").status);
    assertEquals("drafts stay in the unit", 404, http.get("topics/" + topic, "chen.jing").status);
    JsonNode page = http.get("topics?unit=EDUCATION&limit=5", "lin.na").json();
    assertEquals(0, page.get("total").asLong());
    JsonNode mine = http.get("topics?status=DRAFT&category=T9&limit=2", "xie.yu").json();
    assertTrue(mine.get("total").asLong() >= 1);
    assertTrue(mine.get("items").size() <= 2);
  }

  @Test
  public void aTopicPageShowsEachWriteAtOnce() {
    // Pages are kept by their tag (KeptTopicPages): each write must show on the next read.
    String page = "topics?unit=EDUCATION&limit=3";
    http.get(page, "xie.yu");
    ObjectNode form = Scenario.form("页面即时可见", "T9", "luo.ping");
    long topic = scenario.create("xie.yu", form);
    JsonNode first = http.get(page, "xie.yu").json().get("items").get(0);
    assertEquals("a new topic heads the page", topic, first.get("id").asLong());
    form.put("name", "页面即时可见（改）");
    assertEquals(200, http.edit("topics/" + topic, "xie.yu", form.toString()).status);
    first = http.get(page, "xie.yu").json().get("items").get(0);
    assertEquals("页面即时可见（改）", first.get("form").get("name").asText());
    assertEquals(200, scenario.submit("xie.yu", topic).status);
    first = http.get(page, "xie.yu").json().get("items").get(0);
    assertEquals("IN_REVIEW", first.get("status").asText());
    JsonNode drafts = http.get("topics?unit=EDUCATION&status=DRAFT&limit=200", "xie.yu").json();
    for (JsonNode t : drafts.get("items")) {
      assertTrue("a submitted topic leaves the drafts", t.get("id").asLong() != topic);
    }
  }

  @Test
  public void aTopicPageIsNotModifiedUntilATopicIsWritten() {
    String page = "topics?unit=EDUCATION&limit=3";
    Answer first = http.get(page, "xie.yu");
    String tag = first.header("ETag");
    assertNotNull(first.toString(), tag);
    Answer again = notModifiedSince(page, "xie.yu", tag);
    assertEquals(304, again.status);
    assertEquals(tag, again.header("ETag"));
    // Another unit's clerk sees other topics of the Education Bureau: another page, another tag.
    Answer outsider = http.get(page, "lin.na");
    assertNotEquals(tag, outsider.header("ETag"));
    assertEquals(200, notModifiedSince(page, "lin.na", tag).status);
    long topic = scenario.create("xie.yu", Scenario.form("条件请求", "T9", "luo.ping"));
    Answer after = notModifiedSince(page, "xie.yu", tag);
    assertEquals("a new topic: the page changed", 200, after.status);
    assertEquals(topic, after.json().get("items").get(0).get("id").asLong());
    assertNotEquals(tag, after.header("ETag"));
    assertEquals(first.json().get("total").asLong() + 1, after.json().get("total").asLong());
  }

  private Answer notModifiedSince(String path, String user, String tag) {
    return http.send("GET", path, user, Http.DEMO_PASSWORD, null, null, "If-None-Match", tag);
  }

  @Test
  public void policiesAreListedWithTheActiveOne() {
    JsonNode policies = http.get("policies", "xie.yu").json();
    boolean qianjinActive = false;
    for (JsonNode p : policies) {
      if (p.get("district").asText().equals("qianjin") && p.get("active").asBoolean()) {
        qianjinActive = true;
        assertTrue(p.get("overridable").toString().contains("S3"));
      }
    }
    assertTrue(policies.toString(), qianjinActive);
  }
}

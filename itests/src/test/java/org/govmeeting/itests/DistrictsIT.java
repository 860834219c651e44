package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.karaf.features.FeaturesService;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * Districts side by side on one platform (issue 20, items 1 and 2): the platform administrator adds
 * Dongfeng with its roster, without a restart; its people see and do only Dongfeng's things, and
 * Qianjin's only Qianjin's (404 across, as for anything else one may not see); meeting numbers
 * count per district; and each district runs the policy it chose while the other's load goes on.
 */
public class DistrictsIT extends PlatformTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "qin.hai";
  private static final String DF_CLERK = "zheng.li";
  private static final String DF_HEAD = "wu.min";
  private static final String DF_MAYOR = "zhang.dongsheng";

  private void dongfeng() throws Exception {
    dongfeng(http);
  }

  /** Adds Dongfeng and its people's logins once for the whole suite. */
  static void dongfeng(Http http) throws Exception {
    if (http.get("districts/dongfeng", ADMIN).status == 200) {
      return;
    }
    String roster;
    try (InputStream in = DistrictsIT.class.getResourceAsStream("/districts/dongfeng-roster.tsv")) {
      roster = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "dongfeng");
    body.put("name", "东风区");
    body.put("roster", roster);
    // Dongfeng joins after its 11th meeting, and closes its topics a day before a meeting.
    body.put("firstMeetingNumber", 12);
    body.put("cutoffHours", 24);
    Answer added = http.post("districts", ADMIN, body.toString());
    assertEquals(added.toString(), 201, added.status);
    assertTrue(added.header("Location"), added.header("Location").endsWith("/districts/dongfeng"));
    assertEquals(10, added.json().get("people").asInt());
    assertEquals(7, added.json().get("units").asInt());
    assertEquals(ADMIN, added.json().get("addedBy").asText());
    // The login directory learns the new people as a portal's LDAP would: here, the realm's file.
    StringBuilder logins = new StringBuilder("\n");
    for (String line : roster.split("\n")) {
      if (line.startsWith("person\t")) {
        logins.append(line.split("\t")[1]).append(" = demo,_g_:govmeeting\n");
      }
    }
    Files.writeString(
        Path.of(System.getProperty("karaf.etc"), "users.properties"),
        logins,
        StandardCharsets.ISO_8859_1,
        StandardOpenOption.APPEND);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (http.get("me", DF_CLERK).status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static ObjectNode form(String name, String category, String reporter) {
    return Scenario.form(name, category, reporter);
  }

  @Test
  public void thePlatformAdministratorAddsADistrictAtOnceAndOnlyThey() throws Exception {
    dongfeng();
    JsonNode all = http.get("districts", ADMIN).json();
    assertEquals("qianjin", all.get(0).get("id").asText());
    List<String> ids = new ArrayList<>();
    all.forEach(d -> ids.add(d.get("id").asText()));
    assertTrue(ids.toString(), ids.contains("dongfeng"));

    // A district's own staff administer their district, not the platform.
    Answer office = http.get("districts", "chen.jing");
    assertEquals(office.toString(), 403, office.status);
    Answer dfOffice = http.post("districts", "wang.lan", "{\"id\":\"xiangyang\"}");
    assertEquals(dfOffice.toString(), 403, dfOffice.status);

    // Every problem of the body at once; nothing added.
    Answer bad = http.post("districts", ADMIN, "{\"id\":\"X y\",\"roster\":\"unit\\tA\\n\"}");
    assertEquals(bad.toString(), 400, bad.status);
    assertTrue(bad.contentType, bad.contentType.startsWith("application/problem+json"));
    List<String> fields = new ArrayList<>();
    bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertTrue(bad.body, fields.containsAll(List.of("id", "name", "roster")));
    assertEquals(404, http.get("districts/xiangyang", ADMIN).status);

    // Once only, and no person of another district can be taken over by a roster.
    ObjectNode again = JSON.createObjectNode();
    again.put("id", "dongfeng");
    again.put("name", "东风区");
    again.put(
        "roster",
        "unit\tOFFICE\tOFFICE\t办公室\tOffice\t-\t-\nperson\tx.new\tOFFICE\t新人\t-\tOFFICE_STAFF\n");
    assertEquals(409, http.post("districts", ADMIN, again.toString()).status);
    ObjectNode takeover = JSON.createObjectNode();
    takeover.put("id", "jiaoqu");
    takeover.put("name", "郊区");
    takeover.put(
        "roster",
        "unit\tOFFICE\tOFFICE\t办公室\tOffice\t-\t-\nperson\tli.jianguo\tOFFICE\t李建国\t-\tMAYOR\n");
    Answer taken = http.post("districts", ADMIN, takeover.toString());
    assertEquals(taken.toString(), 409, taken.status);
    assertTrue(taken.body, taken.body.contains("li.jianguo"));
    assertEquals(404, http.get("districts/jiaoqu", ADMIN).status);
    assertEquals("qianjin", http.get("me", "li.jianguo").json().at("/person/districtId").asText());
  }

  @Test
  public void eachDistrictSeesOnlyItsOwnPeopleUnitsAndTopics() throws Exception {
    dongfeng();
    // The caller's account chooses the district: no parameter does.
    JsonNode me = http.get("me", DF_CLERK).json();
    assertEquals("dongfeng", me.at("/person/districtId").asText());
    assertEquals("东风区财政局", http.get("units/FINANCE", DF_CLERK).json().get("name").asText());
    assertEquals("区财政局", http.get("units/FINANCE", "xie.yu").json().get("name").asText());
    assertEquals(404, http.get("people/li.jianguo", DF_CLERK).status);
    assertEquals(404, http.get("people/zhang.dongsheng", "xie.yu").status);
    for (JsonNode p : http.get("people", DF_MAYOR).json()) {
      assertEquals(p.toString(), "dongfeng", p.get("districtId").asText());
    }

    // A Dongfeng topic naming a Qianjin person as reporter: a draft may be unfinished, but it is
    // not submitted, since the reporter is nobody of Dongfeng's roster (F2).
    Answer foreign = http.post("topics", DF_CLERK, form("跨区汇报人", "T3", "ma.qiang").toString());
    assertEquals(foreign.toString(), 201, foreign.status);
    Answer refused =
        http.post("topics/" + foreign.json().get("id").asLong() + "/submit", DF_CLERK, "");
    assertEquals(refused.toString(), 400, refused.status);
    assertEquals("reporterId", refused.json().at("/errors/0/field").asText());
    assertEquals("F2", refused.json().at("/errors/0/clause").asText()); // rule: F2
    Answer created = http.post("topics", DF_CLERK, form("东风区校舍改造", "T3", DF_HEAD).toString());
    assertEquals(created.toString(), 201, created.status);
    long topic = created.json().get("id").asLong();
    assertEquals(200, http.get("topics/" + topic, DF_CLERK).status);
    assertEquals(200, http.get("topics/" + topic, DF_MAYOR).status);
    // Qianjin's mayor sees every Qianjin topic, and no Dongfeng one.
    assertEquals(404, http.get("topics/" + topic, "li.jianguo").status);
    assertEquals(404, http.get("topics/" + topic, "xie.yu").status);
    assertEquals(404, http.post("topics/" + topic + "/submit", "xie.yu", "").status);
    String qianjinList = http.get("topics?unit=EDUCATION&limit=200", "li.jianguo").body;
    assertFalse(qianjinList.contains("东风区校舍改造"));
    String dongfengList = http.get("topics?unit=EDUCATION&limit=200", DF_MAYOR).body;
    assertTrue(dongfengList.contains("东风区校舍改造"));
    assertFalse(dongfengList, dongfengList.contains("\"leadUnitId\":\"DEVREFORM\""));

    // A Qianjin topic is as invisible to Dongfeng.
    Answer q = http.post("topics", "xie.yu", form("前进区课后服务", "T3", "luo.ping").toString());
    assertEquals(q.toString(), 201, q.status);
    long qTopic = q.json().get("id").asLong();
    assertEquals(404, http.get("topics/" + qTopic, DF_MAYOR).status);
    assertEquals(404, http.get("topics/" + qTopic + "/reviews", DF_MAYOR).status);

    // The notices of a submission reach the district's own signers only.
    Answer sub = http.post("topics/" + topic + "/submit", DF_CLERK, "");
    assertEquals(sub.toString(), 200, sub.status);
    JsonNode chain = http.get("topics/" + topic + "/reviews", DF_MAYOR).json().get(0);
    for (JsonNode step : chain.get("steps")) {
      if (step.hasNonNull("signerId")) {
        assertTrue(
            step.toString(),
            List.of(
                    "wu.min",
                    "qian.hong",
                    "sun.ming",
                    "zhou.jie",
                    "li.xiaofeng",
                    "wang.lan",
                    "zhao.yu",
                    "zhang.dongsheng",
                    "feng.xue")
                .contains(step.get("signerId").asText()));
      }
    }
    assertNotEquals(0, http.get("me/inbox", DF_HEAD).json().get("total").asInt());
  }

  @Test
  public void thePlatformAdministratorChangesADistrictsSettingsAndTheyHoldAtOnce()
      throws Exception {
    // A district of its own, so that the settings changed here touch no other test's district.
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "tangyuan");
    body.put("name", "汤原县");
    body.put(
        "roster",
        "unit\tOFFICE\tOFFICE\t汤原县政府办公室\tGovernment Office\tzhou.tangyuan\t-\n"
            + "unit\tLEADERSHIP\tLEADERSHIP\t汤原县人民政府\tCounty Government\tsun.tangyuan\t-\n"
            + "person\tsun.tangyuan\tLEADERSHIP\t孙汤原\t县长\tMAYOR\n"
            + "person\tzhou.tangyuan\tOFFICE\t周汤原\t办公室主任\tOFFICE_DIRECTOR\n");
    if (http.get("districts/tangyuan", ADMIN).status != 200) {
      Answer added = http.post("districts", ADMIN, body.toString());
      assertEquals(added.toString(), 201, added.status);
      Files.writeString(
          Path.of(System.getProperty("karaf.etc"), "users.properties"),
          "\nsun.tangyuan = demo,_g_:govmeeting\nzhou.tangyuan = demo,_g_:govmeeting\n",
          StandardCharsets.ISO_8859_1,
          StandardOpenOption.APPEND);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (http.get("me", "sun.tangyuan").status != 200 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    }
    Answer read = http.get("districts/tangyuan", ADMIN);
    String tag = read.header("ETag");
    assertEquals(read.toString(), "\"" + read.json().get("revision").asLong() + "\"", tag);

    ObjectNode settings = JSON.createObjectNode();
    settings.put("name", "汤原县");
    settings.put("firstMeetingNumber", 7);
    settings.put("cutoffHours", 10);
    settings.put("timeZone", "Asia/Urumqi");
    settings.put("dueSoonDays", 10);
    settings.put("archiveWithinDays", 15);
    settings.put("reason", "县政府办公室函：自本月起按乌鲁木齐时间安排会议（测试）");
    // An edit without the revision read, or from an older one, changes nothing.
    Answer blind = http.put("districts/tangyuan", ADMIN, settings.toString());
    assertEquals(blind.toString(), 428, blind.status);
    Answer byOffice =
        http.send(
            "PUT",
            "districts/tangyuan",
            "zhou.tangyuan",
            Http.DEMO_PASSWORD,
            "application/json",
            settings.toString(),
            "If-Match",
            tag);
    assertEquals(byOffice.toString(), 403, byOffice.status);
    ObjectNode bad = settings.deepCopy();
    bad.put("timeZone", "Asia/Tangyuan");
    bad.put("cutoffHours", 0);
    bad.put("dueSoonDays", -1);
    bad.put("archiveWithinDays", 400);
    bad.remove("reason");
    Answer refused =
        http.send(
            "PUT",
            "districts/tangyuan",
            ADMIN,
            Http.DEMO_PASSWORD,
            "application/json",
            bad.toString(),
            "If-Match",
            tag);
    assertEquals(refused.toString(), 400, refused.status);
    List<String> fields = new ArrayList<>();
    refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(
        refused.body,
        List.of("cutoffHours", "timeZone", "dueSoonDays", "archiveWithinDays", "reason"),
        fields);

    Answer changed =
        http.send(
            "PUT",
            "districts/tangyuan",
            ADMIN,
            Http.DEMO_PASSWORD,
            "application/json",
            settings.toString(),
            "If-Match",
            tag);
    assertEquals(changed.toString(), 200, changed.status);
    assertEquals("Asia/Urumqi", changed.json().get("timeZone").asText());
    assertEquals(changed.body, 10, changed.json().get("dueSoonDays").asInt());
    assertEquals(changed.body, 15, changed.json().get("archiveWithinDays").asInt());
    assertNotEquals(tag, changed.header("ETag"));
    Answer stale =
        http.send(
            "PUT",
            "districts/tangyuan",
            ADMIN,
            Http.DEMO_PASSWORD,
            "application/json",
            settings.toString(),
            "If-Match",
            tag);
    assertEquals(stale.toString(), 412, stale.status);

    // At once: its next meeting takes the number and the cut-off set, and its times are written
    // in its own zone; Qianjin's stay in the platform's.
    java.time.Instant at = java.time.Instant.now().plus(Duration.ofDays(15));
    ObjectNode m = JSON.createObjectNode();
    m.put("scheduledAt", at.toString());
    m.put("venue", "汤原县政府常务会议室");
    Answer meeting = http.post("meetings", "sun.tangyuan", m.toString());
    assertEquals(meeting.toString(), 201, meeting.status);
    assertTrue(meeting.body, meeting.json().get("number").asInt() >= 7);
    String scheduled = meeting.json().get("scheduledAt").asText();
    assertTrue(scheduled, scheduled.endsWith("+06:00"));
    assertEquals(
        at.minus(Duration.ofHours(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        java.time.OffsetDateTime.parse(meeting.json().get("cutoff").asText())
            .toInstant()
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    ObjectNode q = m.deepCopy();
    q.put("venue", "前进区政府常务会议室");
    Answer qianjinMeeting = http.post("meetings", "li.jianguo", q.toString());
    assertEquals(qianjinMeeting.toString(), 201, qianjinMeeting.status);
    String qianjin = qianjinMeeting.json().get("scheduledAt").asText();
    assertTrue(qianjin, qianjin.endsWith("+08:00"));
  }

  @Test
  public void meetingNumbersCountPerDistrict() throws Exception {
    dongfeng();
    ObjectNode m = JSON.createObjectNode();
    java.time.Instant at = java.time.Instant.now().plus(Duration.ofDays(20));
    m.put("scheduledAt", at.toString());
    m.put("cutoff", at.minus(Duration.ofDays(3)).toString());
    m.put("venue", "东风区政府常务会议室");
    Answer first = http.post("meetings", DF_MAYOR, m.toString());
    assertEquals(first.toString(), 201, first.status);
    Answer second = http.post("meetings", DF_MAYOR, m.toString().replace("venue", "venue"));
    assertEquals(second.toString(), 201, second.status);
    int a = first.json().get("number").asInt();
    int b = second.json().get("number").asInt();
    assertEquals("Dongfeng numbers on from its own 11th meeting", 12, a);
    assertEquals("Dongfeng's numbers follow each other", a + 1, b);
    ObjectNode noCutoff = m.deepCopy();
    noCutoff.remove("cutoff");
    JsonNode third = http.post("meetings", DF_MAYOR, noCutoff.toString()).json();
    assertEquals(
        "Dongfeng's own cut-off, a day before",
        at.minus(Duration.ofHours(24)),
        java.time.OffsetDateTime.parse(third.get("cutoff").asText()).toInstant());
    long dfMeeting = first.json().get("id").asLong();
    assertEquals(404, http.get("meetings/" + dfMeeting, "li.jianguo").status);
    for (JsonNode meeting : http.get("meetings?limit=200", DF_MAYOR).json()) {
      assertTrue(meeting.toString(), meeting.get("venue").asText().startsWith("东风区"));
    }
  }

  @Test
  public void aDistrictChoosesItsPolicyWhileTheOthersLoadRuns() throws Exception {
    dongfeng();
    features.installFeature(
        "govmeeting-policy-dongfeng", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    long listed = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!http.get("policies", "li.jianguo").body.contains("dongfeng")
        && System.nanoTime() < listed) {
      Thread.sleep(50);
    }
    JsonNode before = http.get("districts/dongfeng/policy", ADMIN).json();
    assertFalse("the platform's default until it chooses", before.get("own").asBoolean());
    assertEquals("qianjin", before.at("/inForce/district").asText());

    // Qianjin keeps filing and submitting while Dongfeng changes its rules.
    List<String> failures = new CopyOnWriteArrayList<>();
    List<String> qianjinPolicies = new CopyOnWriteArrayList<>();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread load =
        new Thread(
            () -> {
              int n = 0;
              while (running.get() && n++ < 500) {
                try {
                  Answer c =
                      http.post(
                          "topics", "lin.na", form("前进区负载 " + n, "T8", "ma.qiang").toString());
                  if (c.status != 201) {
                    failures.add(c.toString());
                    continue;
                  }
                  long id = c.json().get("id").asLong();
                  Answer s = http.post("topics/" + id + "/submit", "lin.na", "");
                  if (s.status != 200) {
                    failures.add(s.toString());
                    continue;
                  }
                  qianjinPolicies.add(
                      http.get("topics/" + id + "/reviews", "lin.na")
                          .json()
                          .get(0)
                          .get("policyDistrict")
                          .asText());
                } catch (RuntimeException e) {
                  failures.add(e.toString());
                }
              }
            },
            "qianjin-load");
    load.start();
    try {
      Thread.sleep(500);
      Answer refused =
          http.put(
              "districts/dongfeng/policy",
              "wang.lan",
              "{\"policy\":\"dongfeng\",\"reason\":\"x\"}");
      assertEquals(refused.toString(), 403, refused.status);
      Answer unknown = http.put("districts/dongfeng/policy", ADMIN, "{\"policy\":\"nowhere\"}");
      assertEquals(unknown.toString(), 400, unknown.status);
      List<String> fields = new ArrayList<>();
      unknown.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
      assertTrue(unknown.body, fields.containsAll(List.of("policy", "reason")));

      long t0 = System.nanoTime();
      Answer chosen =
          http.put(
              "districts/dongfeng/policy",
              ADMIN,
              "{\"policy\":\"dongfeng\",\"reason\":\"东风区政府常务会议决定适用本区规则\"}");
      assertEquals(chosen.toString(), 200, chosen.status);
      assertTrue(chosen.json().get("own").asBoolean());
      assertEquals(ADMIN, chosen.json().get("chosenBy").asText());
      assertEquals("dongfeng", chosen.json().at("/inForce/district").asText());
      // The very next Dongfeng submission gets Dongfeng's chain.
      Answer c = http.post("topics", DF_CLERK, form("东风区资产处置", "T8", DF_HEAD).toString());
      assertEquals(c.toString(), 201, c.status);
      long id = c.json().get("id").asLong();
      assertEquals(200, http.post("topics/" + id + "/submit", DF_CLERK, "").status);
      long swapMillis = (System.nanoTime() - t0) / 1_000_000;
      JsonNode chain = http.get("topics/" + id + "/reviews", DF_MAYOR).json().get(0);
      assertEquals("dongfeng", chain.get("policyDistrict").asText());
      assertTrue("in force within 1 s: " + swapMillis + " ms", swapMillis < 1000);
      System.out.println(
          "Dongfeng's own policy in force for its next submission after " + swapMillis + " ms");
      // rule: T8 — Dongfeng's audit step is demanded by its own clause DF-1, resting on T8
      JsonNode audit = null;
      for (JsonNode step : chain.get("steps")) {
        if ("AUDIT_HEAD".equals(step.path("role").asText())) {
          audit = step;
        }
      }
      assertTrue(chain.toString(), audit != null);
      assertEquals(audit.toString(), "DF-1", audit.at("/own/id").asText());
      assertEquals("T8", audit.at("/own/basis").asText());
      assertTrue(audit.toString(), audit.at("/own/text").asText().contains("区审计局审计"));
      // Once the first stage is signed, the Audit Bureau's head finds it in his inbox under DF-1.
      for (JsonNode step : chain.get("steps")) {
        if (step.get("stage").asInt() == 1) {
          Answer signed =
              http.post(
                  "topics/" + id + "/reviews/" + step.get("id").asLong() + "/sign",
                  step.get("signerId").asText(),
                  "{\"comment\":\"同意\"}");
          assertEquals(signed.toString(), 200, signed.status);
        }
      }
      boolean underOwn = false;
      for (JsonNode item : http.get("me/inbox", "zhou.jie").json().get("items")) {
        underOwn |=
            item.path("topicId").asLong() == id
                && "DF-1".equals(item.path("clause").asText())
                && "T8".equals(item.path("basis").asText());
      }
      assertTrue(http.get("me/inbox", "zhou.jie").body, underOwn);
      // rule: S3 — Dongfeng refuses a topic a unit disagrees with under its own DF-2, never lifted
      ObjectNode disputed = form("东风区有分歧的议题", "T3", DF_HEAD);
      ObjectNode no = (ObjectNode) disputed.withArray("consultations").get(0);
      no.put("answer", "DISAGREE");
      no.put("opinion", "资金来源未落实");
      no.put("solution", "待财政局落实资金后再议");
      Answer d = http.post("topics", DF_CLERK, disputed.toString());
      assertEquals(d.toString(), 201, d.status);
      Answer refusedUnderOwn =
          http.post("topics/" + d.json().get("id").asLong() + "/submit", DF_CLERK, "");
      assertEquals(refusedUnderOwn.toString(), 409, refusedUnderOwn.status);
      JsonNode p = refusedUnderOwn.json();
      assertEquals(p.toString(), "DF-2", p.get("clause").asText());
      assertEquals("S3", p.get("basis").asText());
      assertTrue(p.toString(), p.get("title").asText().contains("本区规定"));
      assertTrue(p.toString(), p.get("clauseText").asText().startsWith("东风区"));
      Thread.sleep(500);
    } finally {
      running.set(false);
      load.join();
    }
    System.out.println(
        "Qianjin load during Dongfeng's choice: "
            + qianjinPolicies.size()
            + " submissions, "
            + failures.size()
            + " failed");
    assertTrue(failures.toString(), failures.isEmpty());
    assertFalse(qianjinPolicies.isEmpty());
    assertTrue(
        "Qianjin's chains stay Qianjin's: " + qianjinPolicies,
        qianjinPolicies.stream().allMatch("qianjin"::equals));
    assertEquals(
        "qianjin",
        http.get("districts/qianjin/policy", ADMIN).json().at("/inForce/district").asText());
    for (JsonNode p : http.get("policies", "lin.na").json()) {
      assertEquals(
          p.toString(), p.get("district").asText().equals("qianjin"), p.get("active").asBoolean());
    }
    for (JsonNode p : http.get("policies", DF_CLERK).json()) {
      assertEquals(
          p.toString(), p.get("district").asText().equals("dongfeng"), p.get("active").asBoolean());
    }
  }
}

package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * Chinese first, English too, and the district's local time (issue 16, items 5 and 6), through the
 * running platform: the refusals of attendance, minutes and supervision come in Chinese with {@code
 * Accept-Language: zh} or none, in English with {@code en}; every time leaves with +08:00.
 */
public class LanguageAndTimeIT extends PlatformTestSupport {

  /** The same call three times: asking for Chinese, asking for nothing, asking for English. */
  private Answer[] inEachLanguage(String method, String path, String user, String body) {
    Answer zh = send(method, path, user, body, "zh-CN,zh;q=0.9,en;q=0.5");
    Answer none = send(method, path, user, body, null);
    Answer en = send(method, path, user, body, "en-US,en;q=0.9");
    return new Answer[] {zh, none, en};
  }

  private Answer send(String method, String path, String user, String body, String language) {
    return language == null
        ? http.send(method, path, user, Http.DEMO_PASSWORD, "application/json", body)
        : http.send(
            method,
            path,
            user,
            Http.DEMO_PASSWORD,
            "application/json",
            body,
            "Accept-Language",
            language);
  }

  /** Chinese for zh and for no header, English for en: detail, and the title that goes with it. */
  private static void speaks(
      Answer[] answers,
      int status,
      String clause,
      String chineseTitle,
      String chinese,
      String englishTitle,
      String english) {
    for (int i = 0; i < 3; i++) {
      Answer a = answers[i];
      assertProblem(a, status, clause);
      boolean en = i == 2;
      JsonNode p = a.json();
      assertEquals(a.toString(), en ? englishTitle : chineseTitle, p.get("title").asText());
      assertEquals(a.toString(), en ? english : chinese, p.get("detail").asText());
      if (clause != null) {
        String text = p.get("clauseText").asText();
        assertTrue(
            a.toString(), en == text.codePoints().noneMatch(c -> c >= 0x4e00 && c <= 0x9fff));
      }
    }
  }

  @Test
  public void anAttendanceRefusalSpeaksTheCallersLanguage() {
    // rule: M4 — only the Office signs others in
    long meeting = new Scenario(http).meeting(Duration.ofDays(30), Duration.ofDays(3));
    speaks(
        inEachLanguage(
            "POST", "meetings/" + meeting + "/sign-ins", "xie.yu", "{\"personId\":\"li.jianguo\"}"),
        403,
        "M4",
        "无权进行此操作",
        "只有区政府办公室可以为他人办理签到",
        "Forbidden",
        "only the Office signs others in");
    // rule: K1 — a leave request without its reason names the field in either language
    speaks(
        inEachLanguage(
            "POST",
            "meetings/" + meeting + "/leave-requests",
            "zhao.min",
            "{\"kind\":\"ABSENCE\",\"reason\":\" \"}"),
        400,
        null,
        "填写有误",
        "请填写请假事由",
        "Invalid input",
        "reason is required");
  }

  @Test
  public void aMinutesRefusalSpeaksTheCallersLanguage() {
    // rule: M3 — minutes are drafted once the meeting has closed
    long meeting = new Scenario(http).meeting(Duration.ofDays(31), Duration.ofDays(3));
    speaks(
        inEachLanguage("POST", "minutes", "yang.xue", "{\"meetingId\":" + meeting + "}"),
        409,
        "M3",
        "当前状态不允许此操作",
        "会议结束后方可起草会议纪要",
        "Conflict with the current state",
        "minutes are drafted after the meeting closes");
    speaks(
        inEachLanguage("GET", "minutes/987654321", "yang.xue", null),
        404,
        null,
        "未找到",
        "会议纪要“987654321”不存在",
        "Not found",
        "minutes '987654321' does not exist");
  }

  @Test
  public void aSupervisionRefusalSpeaksTheCallersLanguage() {
    // rule: S2 — an emergency decision says how it was taken
    speaks(
        inEachLanguage(
            "POST",
            "emergency-decisions",
            "li.jianguo",
            "{\"what\":\"紧急调拨防汛物资\",\"whyNoMeeting\":\"汛情突发\",\"decidedBy\":\"li.jianguo\"}"),
        400,
        "S2",
        "填写有误",
        "请选择决定方式：会签（COUNTERSIGNATURE）或口头报告（ORAL_REPORT）",
        "Invalid input",
        "COUNTERSIGNATURE or ORAL_REPORT");
    speaks(
        inEachLanguage("GET", "tasks/987654321", "chen.jing", null),
        404,
        null,
        "未找到",
        "督办事项“987654321”不存在",
        "Not found",
        "task '987654321' does not exist");
  }

  @Test
  public void topicPagesAreKeptAndTaggedWithTheirLocalTimes() {
    // The page cache and its ETag hold with times written in the district's offset.
    long topic = new Scenario(http).create("xie.yu", Scenario.form("关于本地时间的议题", "T9", "luo.ping"));
    Answer first = http.get("topics?unit=EDUCATION&limit=5", "xie.yu");
    assertEquals(first.toString(), 200, first.status);
    String tag = first.header("ETag");
    assertTrue(first.toString(), tag != null);
    JsonNode mine = null;
    for (JsonNode t : first.json().get("items")) {
      mine = t.get("id").asLong() == topic ? t : mine;
    }
    assertTrue(first.body, mine != null && mine.get("createdAt").asText().endsWith("+08:00"));
    Answer again = http.get("topics?unit=EDUCATION&limit=5", "xie.yu");
    assertEquals(tag, again.header("ETag"));
    assertEquals("the kept page, byte for byte", first.body, again.body);
    Answer notModified =
        http.send(
            "GET",
            "topics?unit=EDUCATION&limit=5",
            "xie.yu",
            Http.DEMO_PASSWORD,
            null,
            null,
            "If-None-Match",
            tag);
    assertEquals(notModified.toString(), 304, notModified.status);
    Answer one = http.get("topics/" + topic, "xie.yu");
    assertTrue(one.body, one.json().get("updatedAt").asText().endsWith("+08:00"));
  }

  @Test
  public void aMeetingsTimesCarryTheDistrictsOffset() {
    // A meeting entered at 09:30 Qianjin time in UTC's notation (Z) reads 09:30+08:00; its cut-off,
    // entered with the offset, is read as the same moment too.
    OffsetDateTime nineThirty =
        OffsetDateTime.now(ZoneOffset.ofHours(8))
            .plusDays(40)
            .withHour(9)
            .withMinute(30)
            .truncatedTo(ChronoUnit.MINUTES);
    Instant at = nineThirty.toInstant();
    String body =
        "{\"scheduledAt\":\""
            + at
            + "\",\"cutoff\":\""
            + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                nineThirty.minusDays(3))
            + "\",\"venue\":\"区政府三楼常务会议室\"}";
    Answer convened = http.post("meetings", "li.jianguo", body);
    assertEquals(convened.toString(), 201, convened.status);
    long id = convened.json().get("id").asLong();
    for (String language : new String[] {"zh", "en"}) {
      Answer read =
          http.send(
              "GET",
              "meetings/" + id,
              "xie.yu",
              Http.DEMO_PASSWORD,
              null,
              null,
              "Accept-Language",
              language);
      assertEquals(read.toString(), 200, read.status);
      JsonNode m = read.json();
      assertEquals(
          read.body, nineThirty.toLocalDateTime() + ":00+08:00", m.get("scheduledAt").asText());
      assertEquals(
          read.body,
          nineThirty.minusDays(3).toLocalDateTime() + ":00+08:00",
          m.get("cutoff").asText());
      assertTrue(read.body, m.get("convenedAt").asText().endsWith("+08:00"));
      assertEquals(at, OffsetDateTime.parse(m.get("scheduledAt").asText()).toInstant());
    }
  }
}

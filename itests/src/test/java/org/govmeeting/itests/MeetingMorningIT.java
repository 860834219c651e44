package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * A meeting morning over REST: convened, prepared, notified; leave, a delegate and S7; sign-in to
 * quorum; the meeting opens; early departures with and without leave.
 */
public class MeetingMorningIT extends PlatformTestSupport {

  private JsonNode entry(long meeting, String person) {
    for (JsonNode e :
        http.get("meetings/" + meeting + "/attendance", "chen.jing").json().get("roster")) {
      if (e.get("personId").asText().equals(person)) {
        return e;
      }
    }
    return null;
  }

  @Test
  public void aMeetingMorning() {
    // rule: C1 C2 C3 T1 S7 M1 M2 M3 M4 K1 K2 K3 D1
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(12), Duration.ofDays(6));
    long next = s.meeting(Duration.ofDays(40), Duration.ofDays(6));
    int number = http.get("meetings/" + meeting, "xie.yu").json().get("number").asInt();
    assertTrue(number >= 44);

    // F3: the Natural Resources Bureau attends the education topic
    com.fasterxml.jackson.databind.node.ObjectNode schools =
        Scenario.form("关于义务教育学校布局调整的议题", "T3", Scenario.HEADS.get("EDUCATION"));
    schools.put("meetingId", meeting);
    schools.putArray("attendingUnitIds").add("NATRES");
    long education = s.create("xie.yu", schools);
    ok(s.submit("xie.yu", education), 200);
    s.signAll(education, "EDUCATION");
    long housing = readyTopic(s, "tang.li", "HOUSING", "关于老旧小区加装电梯补贴的议题", meeting);
    long housingKept = readyTopic(s, "tang.li", "HOUSING", "关于保障性住房分配的议题", meeting);
    // rule: S7 — 原则上; the mayor keeps one of the absent supervisor's topics on the agenda
    ok(
        http.post(
            "topics/" + housingKept + "/overrides",
            "li.jianguo",
            "{\"clause\":\"S7\",\"reason\":\"常务副区长代为汇报\"}"),
        201);

    ok(http.post("topic-lists/" + meeting, "liu.yang", ""), 201);
    ok(http.post("topic-lists/" + meeting + "/approve", "li.jianguo", "{}"), 200);

    // M1: the lead departments are told to prepare
    JsonNode prepare = http.get("notices", "luo.ping").json();
    assertTrue(prepare.toString(), prepare.toString().contains("PREPARE"));

    // T1: the law study opens the meeting; C2: an invited head
    assertProblem(
        http.put(
            "meetings/" + meeting + "/law-study",
            "xie.yu",
            "{\"area\":\"CONSTITUTION\",\"subject\":\"宪法\",\"leaderId\":\"xu.li\"}"),
        403,
        null);
    ok(
        http.put(
            "meetings/" + meeting + "/law-study",
            "liu.yang",
            "{\"area\":\"LAWS_OF_GOVERNMENT_DUTIES\",\"subject\":\"《中华人民共和国行政许可法》\","
                + "\"material\":\"条文及释义\",\"leaderId\":\"xu.li\"}"),
        200);
    ok(
        http.post(
            "meetings/" + meeting + "/invitations", "liu.yang", "{\"personId\":\"ma.qiang\"}"),
        201);
    ok(
        http.put(
            "meetings/" + meeting + "/agenda/items/" + education,
            "liu.yang",
            "{\"timeLimitMinutes\":20,\"confidential\":false}"),
        200);

    JsonNode agenda = http.get("meetings/" + meeting + "/agenda", "wang.hong").json();
    assertEquals("LAW_STUDY", agenda.get("items").get(0).get("kind").asText());
    assertEquals(20, agenda.get("items").get(1).get("timeLimitMinutes").asInt());
    assertProblem(http.get("meetings/" + meeting + "/agenda", "lin.na"), 403, "K3");

    // M1: notices to every participant, acknowledged by the recipient
    Answer sent = http.post("meetings/" + meeting + "/notices", "liu.yang", "");
    ok(sent, 201);
    assertTrue(sent.json().size() >= 12);
    assertEquals(
        "NOTIFIED", http.get("meetings/" + meeting, "xie.yu").json().get("status").asText());
    JsonNode notice = null;
    for (JsonNode n : http.get("notices?unacknowledged=true", "ma.qiang").json()) {
      if (n.get("kind").asText().equals("MEETING") && n.get("meetingId").asLong() == meeting) {
        notice = n;
      }
    }
    assertNotNull("the invited head got the notice", notice);
    // rule: F3, C2 — the attending unit's head is invited for the item: notice, item, roster
    assertTrue(
        "the attending unit's head got the notice",
        http.get("notices", "han.dong").json().toString().contains("\"meetingId\":" + meeting));
    assertEquals("[\"han.dong\"]", agenda.get("items").get(1).get("attendeeIds").toString());
    assertEquals("INVITED", entry(meeting, "han.dong").get("kind").asText());
    assertProblem(
        http.post("meetings/" + meeting + "/invitations", "liu.yang", "{\"personId\":\"lin.na\"}"),
        400,
        "C2");
    assertTrue(notice.get("text").asText().contains("第" + number + "次"));
    assertEquals(
        404,
        http.post("notices/" + notice.get("id").asLong() + "/acknowledge", "lin.na", "").status);
    JsonNode acked =
        http.post("notices/" + notice.get("id").asLong() + "/acknowledge", "ma.qiang", "").json();
    assertTrue(acked.hasNonNull("acknowledgedAt"));

    // K1 + S7: a vice-mayor asks the mayor for leave; their portfolio's topic leaves the agenda
    Answer leave =
        http.post(
            "meetings/" + meeting + "/leave-requests",
            "sun.lei",
            "{\"kind\":\"ABSENCE\",\"reason\":\"赴省里参加会议\"}");
    ok(leave, 201);
    assertEquals("MAYOR", leave.json().get("approverRole").asText());
    long leaveId = leave.json().get("id").asLong();
    assertProblem(
        http.post(
            "meetings/" + meeting + "/leave-requests/" + leaveId + "/approve", "wang.hong", "{}"),
        403,
        "K1");
    ok(
        http.post(
            "meetings/" + meeting + "/leave-requests/" + leaveId + "/approve",
            "li.jianguo",
            "{\"note\":\"同意\"}"),
        200);
    agenda = http.get("meetings/" + meeting + "/agenda", "chen.jing").json();
    assertTrue(agenda.get("deferred").toString().contains("\"topicId\":" + housing));
    assertTrue(agenda.get("deferred").toString().contains("S7"));
    assertFalse(agenda.get("items").toString().contains("\"topicId\":" + housing + ","));
    assertTrue(
        "S7 lifted by the mayor",
        agenda.get("items").toString().contains("\"topicId\":" + housingKept));

    // K1: an attendee applies in writing and sends a delegate
    assertProblem(
        http.post(
            "meetings/" + meeting + "/leave-requests",
            "he.bin",
            "{\"kind\":\"ABSENCE\",\"reason\":\"审计进点\"}"),
        400,
        "K1");
    Answer delegated =
        http.post(
            "meetings/" + meeting + "/leave-requests",
            "he.bin",
            "{\"kind\":\"ABSENCE\",\"reason\":\"审计进点\",\"written\":true,\"delegateId\":\"wei.dong\"}");
    ok(delegated, 201);
    ok(
        http.post(
            "meetings/"
                + meeting
                + "/leave-requests/"
                + delegated.json().get("id").asLong()
                + "/approve",
            "li.jianguo",
            "{}"),
        200);
    assertEquals("ON_LEAVE", entry(meeting, "he.bin").get("state").asText());
    JsonNode delegate = entry(meeting, "wei.dong");
    assertEquals("DELEGATE", delegate.get("kind").asText());
    assertEquals("he.bin", delegate.get("delegateFor").asText());

    // M2, M1: materials delivered by the department, handed to the leaders in time
    ok(
        http.put(
            "meetings/" + meeting + "/materials",
            "yang.xue",
            "{\"format\":\"A4 PDF\",\"copies\":25}"),
        200);
    JsonNode materials =
        http.post(
                "meetings/" + meeting + "/materials/deliveries",
                "xie.yu",
                "{\"topicId\":" + education + "}")
            .json();
    assertFalse(materials.get("deliveries").get(0).get("late").asBoolean());
    assertProblem(
        http.post(
            "meetings/" + meeting + "/materials/deliveries",
            "lin.na",
            "{\"topicId\":" + education + "}"),
        403,
        "M1");
    materials = http.post("meetings/" + meeting + "/materials/distribution", "liu.yang", "").json();
    assertTrue(materials.get("receipts").size() >= 6);
    assertEquals(25, materials.get("copies").asInt());

    // M4 + C1: sign-in by the Office; below quorum the meeting cannot open
    assertProblem(
        http.post("meetings/" + meeting + "/sign-ins", "xie.yu", "{\"personId\":\"li.jianguo\"}"),
        403,
        "M4");
    for (String p : new String[] {"li.jianguo", "wang.hong"}) {
      ok(
          http.post(
              "meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"" + p + "\"}"),
          200);
    }
    // rule: C1 — 2 of the 6 members is one below half: refused
    Answer below = http.post("meetings/" + meeting + "/open", "li.jianguo", "");
    assertProblem(below, 409, "C1");
    assertTrue(below.body, below.json().get("detail").asText().startsWith("全体6名会议组成人员中已签到2名"));
    ok(
        http.post("meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"zhao.min\"}"),
        200);
    // rule: C1 — 半数以上 includes half: 3 of 6 members open the meeting
    JsonNode att = http.get("meetings/" + meeting + "/attendance", "li.jianguo").json();
    assertEquals(3, att.get("membersPresent").asInt());
    assertEquals(6, att.get("members").asInt());
    assertTrue(att.toString(), att.get("quorate").asBoolean());
    assertProblem(http.post("meetings/" + meeting + "/open", "wang.hong", ""), 403, null);
    Answer opened = http.post("meetings/" + meeting + "/open", "li.jianguo", "");
    ok(opened, 200);
    assertEquals("IN_SESSION", opened.json().get("status").asText());
    assertTrue(opened.body, opened.json().hasNonNull("openedAt"));
    ok(http.post("meetings/" + meeting + "/sign-ins", "zhou.fang", "{}"), 200);
    for (String p :
        new String[] {"huang.tao", "gao.yan", "chen.jing", "zheng.hua", "wei.dong", "ma.qiang"}) {
      ok(
          http.post(
              "meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"" + p + "\"}"),
          200);
    }
    att = http.get("meetings/" + meeting + "/attendance", "li.jianguo").json();
    assertEquals(4, att.get("membersPresent").asInt());

    // S7: the topic of the absent supervisor went to the next meeting; its department was told
    JsonNode moved = http.get("topics/" + housing, "tang.li").json();
    long movedTo = moved.get("meetingId").asLong();
    assertTrue(moved.toString(), movedTo != meeting && movedTo > 0);
    assertTrue(
        http.get("meetings/" + movedTo, "tang.li")
                .json()
                .get("scheduledAt")
                .asText()
                .compareTo(
                    http.get("meetings/" + meeting, "tang.li").json().get("scheduledAt").asText())
            > 0);
    assertTrue(next > meeting);
    assertTrue(moved.get("meetingNote").asText().startsWith("S7"));
    assertTrue(http.get("notices", "song.wei").json().toString().contains("TOPIC_MOVED"));

    // K2: an attendee leaves early with the executive vice-mayor's approval, another without
    Answer early =
        http.post(
            "meetings/" + meeting + "/leave-requests",
            "huang.tao",
            "{\"kind\":\"EARLY_DEPARTURE\",\"reason\":\"省财政厅来电急事\"}");
    ok(early, 201);
    assertEquals("EXECUTIVE_VICE_MAYOR", early.json().get("approverRole").asText());
    long earlyId = early.json().get("id").asLong();
    assertProblem(
        http.post(
            "meetings/" + meeting + "/leave-requests/" + earlyId + "/approve", "li.jianguo", "{}"),
        403,
        "K2");
    ok(
        http.post(
            "meetings/" + meeting + "/leave-requests/" + earlyId + "/approve", "wang.hong", "{}"),
        200);
    ok(
        http.post(
            "meetings/" + meeting + "/departures", "liu.yang", "{\"personId\":\"huang.tao\"}"),
        200);
    ok(
        http.post("meetings/" + meeting + "/departures", "liu.yang", "{\"personId\":\"gao.yan\"}"),
        200);
    JsonNode discipline = http.get("meetings/" + meeting + "/discipline", "chen.jing").json();
    assertEquals(discipline.toString(), 1, discipline.size());
    assertEquals("gao.yan", discipline.get(0).get("personId").asText());
    assertEquals("LEFT_WITHOUT_LEAVE", discipline.get(0).get("kind").asText());

    // C1: quorum is recomputed live when a member leaves; exactly half still sits
    ok(
        http.post(
            "meetings/" + meeting + "/departures", "liu.yang", "{\"personId\":\"zhou.fang\"}"),
        200);
    att = http.get("meetings/" + meeting + "/attendance", "li.jianguo").json();
    assertEquals(3, att.get("membersPresent").asInt());
    assertTrue(att.get("quorate").asBoolean());
    ok(
        http.post("meetings/" + meeting + "/departures", "liu.yang", "{\"personId\":\"zhao.min\"}"),
        200);
    att = http.get("meetings/" + meeting + "/attendance", "li.jianguo").json();
    assertEquals(2, att.get("membersPresent").asInt());
    assertFalse(att.get("quorate").asBoolean());

    // K3: recording only with the chair's approval
    Answer rec =
        http.post(
            "meetings/" + meeting + "/recording-requests", "yang.xue", "{\"purpose\":\"会议录音存档\"}");
    ok(rec, 201);
    long recId = rec.json().get("id").asLong();
    assertProblem(
        http.post(
            "meetings/" + meeting + "/recording-requests/" + recId + "/approve", "zhao.min", ""),
        403,
        null);
    assertEquals(
        "APPROVED",
        http.post(
                "meetings/" + meeting + "/recording-requests/" + recId + "/approve",
                "li.jianguo",
                "")
            .json()
            .get("state")
            .asText());
    ok(
        http.post(
            "meetings/" + meeting + "/discipline",
            "liu.yang",
            "{\"personId\":\"ma.qiang\",\"kind\":\"UNAUTHORISED_RECORDING\",\"note\":\"未经同意用手机录音\"}"),
        201);

    ok(http.post("meetings/" + meeting + "/close", "li.jianguo", ""), 200);

    // rule: M3 K1 C2 — the minutes' draft: held today (scheduled in 12 days), who was excused
    // with the reason and delegate, and who sat in (regular attendees, the invited head, the
    // delegate), as the attendance record has them
    Answer drafted = http.post("minutes", "yang.xue", "{\"meetingId\":" + meeting + "}");
    ok(drafted, 201);
    String text = drafted.json().get("text").asText();
    java.time.LocalDate today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String held =
        "时间：" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
    assertTrue(text, text.contains(held + "\n"));
    assertTrue(text, text.contains("请假：孙磊（赴省里参加会议）、何斌（审计进点，委派魏东参加）\n"));
    String attended = line(text, "出席：");
    for (String name : new String[] {"李建国", "王红", "赵敏", "周芳"}) {
      assertTrue(attended, attended.contains(name));
    }
    assertFalse("on leave, not present: " + attended, attended.contains("孙磊"));
    String sitIn = line(text, "列席：");
    for (String name : new String[] {"黄涛", "高岩", "陈静", "郑华", "魏东（代何斌）", "马强"}) {
      assertTrue(sitIn, sitIn.contains(name));
    }
    assertFalse("feng.jun, a regular attendee, never signed in: " + sitIn, sitIn.contains("冯军"));
  }

  private static String line(String text, String label) {
    for (String l : text.split("\n")) {
      if (l.startsWith(label)) {
        return l;
      }
    }
    throw new AssertionError("no line " + label + " in\n" + text);
  }

  @Test
  public void venueIsPreparedByTheOfficeAndTheMayorMayCallAMeetingOff() {
    // rule: M4 — the Office prepares the venue; C1 — the mayor convenes (and calls off)
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(25), Duration.ofDays(8));
    assertProblem(
        http.put("meetings/" + meeting + "/venue", "xie.yu", "{\"venue\":\"x\"}"), 403, null);
    assertEquals(
        "区政府一楼大会议室",
        http.put("meetings/" + meeting + "/venue", "liu.yang", "{\"venue\":\"区政府一楼大会议室\"}")
            .json()
            .get("venue")
            .asText());
    assertProblem(
        http.post("meetings/" + meeting + "/cancel", "chen.jing", "{\"reason\":\"x\"}"), 403, null);
    Answer cancelled =
        http.post("meetings/" + meeting + "/cancel", "li.jianguo", "{\"reason\":\"上级临时调训\"}");
    ok(cancelled, 200);
    assertEquals("CANCELLED", cancelled.json().get("status").asText());
    assertProblem(http.post("meetings/" + meeting + "/notices", "liu.yang", ""), 409, null);
  }

  @Test
  public void monthsWithoutAMeetingAreFlaggedUntilTheMayorSaysWhy() {
    // rule: C3 — 原则上 once a month; the mayor records why not
    YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    YearMonth until = thisMonth.plusMonths(6);
    JsonNode gaps = http.get("meetings/gaps?until=" + until, "chen.jing").json();
    assertTrue(gaps.toString(), gaps.size() >= 1);
    String month = null;
    for (JsonNode g : gaps) {
      if (!g.get("excused").asBoolean()) {
        month = g.get("month").asText();
      }
    }
    assertNotNull(gaps.toString(), month);
    assertProblem(
        http.post("meetings/gaps/" + month + "/reason", "chen.jing", "{\"reason\":\"x\"}"),
        403,
        null);
    Answer excused =
        http.post(
            "meetings/gaps/" + month + "/reason", "li.jianguo", "{\"reason\":\"防汛抢险，改开专题会\"}");
    ok(excused, 200);
    assertTrue(excused.json().get("excused").asBoolean());
    assertEquals("li.jianguo", excused.json().get("recordedBy").asText());
  }
}

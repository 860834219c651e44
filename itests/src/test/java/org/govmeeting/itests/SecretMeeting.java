package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.govmeeting.itests.Http.Answer;

/**
 * A meeting held and minuted over REST with one confidential item (a personnel appointment, with a
 * leader's remark and a task with an attachment) and one deferred item (with the positions on it),
 * the minutes signed and issued to a subdistrict, and an unsigned erratum on the confidential
 * passage: what an outsider must never read (K3).
 */
final class SecretMeeting {
  static final String CONFIDENTIAL_TITLE = "关于教育局副局长人选的议题";
  static final String DEFERRED_TITLE = "关于设立区产业引导基金的议题";
  static final String LEADER_REMARK = "拟任人选须再考察廉洁情况";
  static final String DEFERRED_POSITION = "基金规模须再论证风险";
  static final String TASK_WHAT = "办理副局长任职手续";
  static final String ATTACHMENT = "任职考察材料（保密）";
  static final String ERRATUM = "关于教育局副局长人选的议案";

  /** Everything an outsider must not see, in any answer. */
  static final List<String> SECRETS =
      List.of(
          CONFIDENTIAL_TITLE,
          DEFERRED_TITLE,
          LEADER_REMARK,
          DEFERRED_POSITION,
          TASK_WHAT,
          ATTACHMENT,
          ERRATUM);

  private static final String[] PRESENT = {"li.jianguo", "wang.hong", "zhao.min", "zhou.fang"};

  final long meeting;
  final long confidential;
  final long deferred;
  final long minutes;
  final long task;
  final long attachment;
  final long erratum;

  SecretMeeting(Http http) {
    Scenario s = new Scenario(http);
    meeting = s.meeting(Duration.ofDays(18), Duration.ofDays(7));
    confidential =
        PlatformTestSupport.readyTopic(s, "xie.yu", "EDUCATION", CONFIDENTIAL_TITLE, meeting);
    deferred = PlatformTestSupport.readyTopic(s, "lin.na", "DEVREFORM", DEFERRED_TITLE, meeting);
    ok(http.post("topic-lists/" + meeting, "liu.yang", ""), 201);
    ok(
        http.post(
            "topic-lists/" + meeting + "/approve",
            "li.jianguo",
            "{\"topicIds\":[" + confidential + "," + deferred + "]}"),
        200);
    ok(
        http.put(
            "meetings/" + meeting + "/law-study",
            "liu.yang",
            "{\"area\":\"CONSTITUTION\",\"subject\":\"宪法第五章\",\"leaderId\":\"xu.li\"}"),
        200);
    ok(
        http.put(
            "meetings/" + meeting + "/agenda/items/" + confidential,
            "liu.yang",
            "{\"timeLimitMinutes\":10,\"confidential\":true}"),
        200);
    for (String p : PRESENT) {
      ok(
          http.post(
              "meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"" + p + "\"}"),
          200);
    }
    ok(http.post("meetings/" + meeting + "/open", "li.jianguo", ""), 200);
    Instant start = Instant.now();
    for (long topic : new long[] {confidential, deferred}) {
      ok(
          http.post(
              "deliberations/" + meeting + "/" + topic + "/report",
              "yang.xue",
              "{\"startedAt\":\""
                  + start
                  + "\",\"endedAt\":\""
                  + start.plus(Duration.ofMinutes(8))
                  + "\"}"),
          200);
      for (String p : PRESENT) {
        String opinion =
            !p.equals("li.jianguo")
                ? null
                : topic == confidential ? LEADER_REMARK : DEFERRED_POSITION;
        ok(
            http.post(
                "deliberations/" + meeting + "/" + topic + "/positions",
                "yang.xue",
                opinion == null
                    ? "{\"personId\":\"" + p + "\",\"kind\":\"NO_OBJECTION\"}"
                    : "{\"personId\":\""
                        + p
                        + "\",\"kind\":\"OPINION\",\"opinion\":\""
                        + opinion
                        + "\"}"),
            200);
      }
    }
    LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
    ok(
        http.post(
            "deliberations/" + meeting + "/" + confidential + "/decision",
            "li.jianguo",
            "{\"outcome\":\"APPROVED\",\"requirements\":[{\"what\":\""
                + TASK_WHAT
                + "\",\"unitIds\":[\"EDUCATION\"],\"due\":\""
                + due
                + "\"}]}"),
        200);
    ok(
        http.post(
            "deliberations/" + meeting + "/" + deferred + "/decision",
            "li.jianguo",
            "{\"outcome\":\"DEFERRED\"}"),
        200);
    ok(http.post("meetings/" + meeting + "/close", "li.jianguo", ""), 200);

    JsonNode tasks = http.get("tasks?meeting=" + meeting, "liu.yang").json();
    assertEquals(tasks.toString(), 1, tasks.get("total").asInt());
    task = tasks.at("/items/0/id").asLong();
    Answer attached =
        http.send(
            "POST",
            "tasks/" + task + "/attachments?name=kaocha.txt",
            "luo.ping",
            "demo",
            "text/plain; charset=UTF-8",
            ATTACHMENT);
    ok(attached, 201);
    attachment = attached.json().get("id").asLong();

    Answer drafted = http.post("minutes", "yang.xue", "{\"meetingId\":" + meeting + "}");
    ok(drafted, 201);
    minutes = drafted.json().get("id").asLong();
    ok(http.post("minutes/" + minutes + "/opinion-requests", "yang.xue", ""), 200);
    for (String head : new String[] {"luo.ping", "ma.qiang"}) {
      ok(http.post("minutes/" + minutes + "/opinions", head, "{\"agree\":true}"), 200);
    }
    ok(http.post("minutes/" + minutes + "/legal-review", "xu.li", "{\"agree\":true}"), 200);
    ok(http.post("minutes/" + minutes + "/signature", "li.jianguo", ""), 200);
    ok(
        http.post("minutes/" + minutes + "/issue", "li.jianguo", "{\"unitIds\":[\"GANGWAN\"]}"),
        200);
    Answer e =
        http.post(
            "minutes/" + minutes + "/errata",
            "yang.xue",
            "{\"passage\":\"" + CONFIDENTIAL_TITLE + "\",\"text\":\"" + ERRATUM + "\"}");
    ok(e, 201);
    erratum = e.json().at("/errata/0/id").asLong();
  }

  private static void ok(Answer a, int status) {
    assertEquals(a.toString(), status, a.status);
  }
}

package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.govmeeting.itests.Http.Answer;

/** Builds topic forms and walks chains over REST, as the people of the district would. */
final class Scenario {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Who signs what: the head of each lead unit and the supervisor of its portfolio. */
  static final Map<String, String> HEADS =
      Map.of(
          "EDUCATION",
          "luo.ping",
          "DEVREFORM",
          "ma.qiang",
          "HOUSING",
          "song.wei",
          "CIVIL",
          "cao.yun");

  static final Map<String, String> SUPERVISORS =
      Map.of(
          "EDUCATION",
          "zhao.min",
          "DEVREFORM",
          "wang.hong",
          "HOUSING",
          "sun.lei",
          "CIVIL",
          "zheng.hua");

  private final Http http;

  Scenario(Http http) {
    this.http = http;
  }

  /** A complete topic form of the given category with one agreeing consultation. */
  static ObjectNode form(String name, String category, String reporter) {
    ObjectNode f = JSON.createObjectNode();
    f.put("name", name);
    f.put("reporterId", reporter);
    f.put("category", category);
    f.put("implementationOpinion", "实施意见：目标、措施、责任分工。");
    ObjectNode e = f.putObject("explanation");
    e.put("background", "背景和缘由");
    e.put("process", "研究讨论过程");
    e.put("content", "主要内容");
    e.put("questions", "提请研究解决的问题");
    ArrayNode cs = f.putArray("consultations");
    ObjectNode c = cs.addObject();
    c.put("unitId", "FINANCE");
    c.put("answer", "AGREE");
    return f;
  }

  long meeting(Duration until, Duration cutoffBefore) {
    Instant at = Instant.now().plus(until);
    ObjectNode m = JSON.createObjectNode();
    m.put("scheduledAt", at.toString());
    m.put("cutoff", at.minus(cutoffBefore).toString());
    m.put("venue", "区政府三楼常务会议室");
    Answer a = http.post("meetings", "li.jianguo", m.toString());
    assertEquals(a.toString(), 201, a.status);
    return a.json().get("id").asLong();
  }

  long create(String user, ObjectNode form) {
    Answer a = http.post("topics", user, form.toString());
    assertEquals(a.toString(), 201, a.status);
    return a.json().get("id").asLong();
  }

  Answer submit(String user, long topic) {
    return http.post("topics/" + topic + "/submit", user, "");
  }

  JsonNode chain(long topic) {
    JsonNode chains = http.get("topics/" + topic + "/reviews", "li.jianguo").json();
    return chains.get(chains.size() - 1);
  }

  /** The step of the current chain that the clause (and role, if given) names. */
  JsonNode step(long topic, String clause, String role) {
    for (JsonNode s : chain(topic).get("steps")) {
      if (s.get("clause").asText().equals(clause)
          && (role == null || role.equals(s.path("role").asText(null)))) {
        return s;
      }
    }
    throw new AssertionError("no " + clause + " step on topic " + topic + ": " + chain(topic));
  }

  Answer sign(long topic, String clause, String role, String user) {
    long id = step(topic, clause, role).get("id").asLong();
    return http.post("topics/" + topic + "/reviews/" + id + "/sign", user, signature(clause, "同意"));
  }

  /**
   * The body of a signature on a step of the clause, with the comment if given. The supervisor's
   * (F7) answers S8, whether the topic is theirs to settle: here, no.
   */
  static String signature(String clause, String comment) {
    ObjectNode body = JSON.createObjectNode();
    if (comment != null) {
      body.put("comment", comment);
    }
    if (clause.equals("F7")) {
      body.put("withinAuthority", false); // rule: S8
    }
    return body.toString();
  }

  /** Signs every open step in order with the person each step names. */
  void signAll(long topic, String leadUnit) {
    for (int guard = 0; guard < 10; guard++) {
      JsonNode chain = chain(topic);
      if (!chain.get("state").asText().equals("IN_REVIEW")) {
        return;
      }
      for (JsonNode s : chain.get("steps")) {
        if (!s.get("state").asText().equals("PENDING")) {
          continue;
        }
        String who =
            s.hasNonNull("signerId") ? s.get("signerId").asText() : holder(s.get("role").asText());
        String body = signature(s.path("clause").asText(), null);
        Answer a =
            http.post("topics/" + topic + "/reviews/" + s.get("id").asLong() + "/sign", who, body);
        assertEquals(a.toString(), 200, a.status);
      }
    }
    throw new AssertionError("chain of topic " + topic + " did not finish");
  }

  /** Members enough for quorum (C1), among them the supervisors of EDUCATION and DEVREFORM. */
  static final String[] PRESENT = {"li.jianguo", "wang.hong", "zhao.min", "zhou.fang"};

  private void ok(Answer a, int status) {
    assertEquals(a.toString(), status, a.status);
  }

  /** The ready topics listed and approved for the meeting (S1). */
  void listed(long meeting, long... topics) {
    ok(http.post("topic-lists/" + meeting, "liu.yang", ""), 201);
    StringBuilder ids = new StringBuilder();
    for (long t : topics) {
      ids.append(ids.length() == 0 ? "" : ",").append(t);
    }
    ok(
        http.post(
            "topic-lists/" + meeting + "/approve", "li.jianguo", "{\"topicIds\":[" + ids + "]}"),
        200);
  }

  /** The meeting opened: the law study set (T1), {@link #PRESENT} signed in (M4), quorate (C1). */
  void inSession(long meeting) {
    ok(
        http.put(
            "meetings/" + meeting + "/law-study",
            "liu.yang",
            "{\"area\":\"CONSTITUTION\",\"subject\":\"宪法学习\",\"leaderId\":\"xu.li\"}"),
        200);
    for (String p : PRESENT) {
      ok(
          http.post(
              "meetings/" + meeting + "/sign-ins", "liu.yang", "{\"personId\":\"" + p + "\"}"),
          200);
    }
    ok(http.post("meetings/" + meeting + "/open", "li.jianguo", ""), 200);
  }

  /**
   * The Office records that the meeting in session heard every emergency report on its agenda not
   * heard yet (S2), each given by the person who took the decision; returns how many.
   */
  int hearEmergencyReports(long meeting) {
    int heard = 0;
    for (JsonNode item :
        http.get("meetings/" + meeting + "/agenda", "liu.yang").json().get("items")) {
      if (item.get("kind").asText().equals("EMERGENCY_REPORT") && !item.hasNonNull("heardAt")) {
        ok(
            http.post(
                "meetings/"
                    + meeting
                    + "/emergency-reports/"
                    + item.get("emergencyDecisionId").asLong(),
                "liu.yang",
                ""),
            200);
        heard++;
      }
    }
    return heard;
  }

  /** Everyone present states no objection (D2), then the mayor approves with one requirement. */
  Answer decide(long meeting, long topic, String unit) {
    for (String p : PRESENT) {
      ok(
          http.post(
              "deliberations/" + meeting + "/" + topic + "/positions",
              "yang.xue",
              "{\"personId\":\"" + p + "\",\"kind\":\"NO_OBJECTION\"}"),
          200);
    }
    return http.post(
        "deliberations/" + meeting + "/" + topic + "/decision",
        "li.jianguo",
        "{\"outcome\":\"APPROVED\",\"requirements\":[{\"what\":\"抓好落实\",\"unitIds\":[\""
            + unit
            + "\"],\"due\":\""
            + java.time.LocalDate.now().plusDays(20)
            + "\"}]}");
  }

  /** How many supervised tasks (I1) the topic's decision has. */
  int tasksOf(long meeting, long topic) {
    int n = 0;
    for (JsonNode t : http.get("tasks?meeting=" + meeting, "chen.jing").json().get("items")) {
      n += t.get("topicId").asLong() == topic ? 1 : 0;
    }
    return n;
  }

  /** Someone holding each role, so a call needing it can be made as them. */
  private static final Map<String, String> HOLDERS =
      Map.ofEntries(
          Map.entry("MAYOR", "li.jianguo"),
          Map.entry("EXECUTIVE_VICE_MAYOR", "wang.hong"),
          Map.entry("VICE_MAYOR", "wang.hong"),
          Map.entry("PARTY_GROUP_MEMBER", "zheng.hua"),
          Map.entry("OFFICE_DIRECTOR", "chen.jing"),
          Map.entry("OFFICE_STAFF", "liu.yang"),
          Map.entry("SECRETARIAT", "yang.xue"),
          Map.entry("FINANCE_HEAD", "huang.tao"),
          Map.entry("JUSTICE_HEAD", "xu.li"),
          Map.entry("AUDIT_HEAD", "he.bin"),
          Map.entry("PETITIONS_HEAD", "gao.yan"),
          Map.entry("DEPARTMENT_HEAD", "ma.qiang"),
          Map.entry("DEPARTMENT_STAFF", "lin.na"),
          Map.entry("SUBDISTRICT_HEAD", "su.ming"),
          Map.entry("PLATFORM_ADMINISTRATOR", "qin.hai"));

  static String holder(String role) {
    String who = HOLDERS.get(role);
    if (who == null) {
      throw new AssertionError("nobody to act as " + role);
    }
    return who;
  }

  String status(long topic, String user) {
    return http.get("topics/" + topic, user).json().get("status").asText();
  }
}

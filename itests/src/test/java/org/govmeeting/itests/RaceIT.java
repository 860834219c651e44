package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** Requests that race for the same record: one wins, the others get 409, nothing is half-done. */
public class RaceIT extends PlatformTestSupport {

  /** Runs the calls at the same moment (released by one latch) and returns their answers. */
  private static List<Answer> atOnce(List<Supplier<Answer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<Answer>> futures = new ArrayList<>();
      for (Supplier<Answer> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  gate.await();
                  return call.get();
                }));
      }
      gate.countDown();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long count(List<Answer> answers, int status) {
    return answers.stream().filter(a -> a.status == status).count();
  }

  @Test
  public void oneStepSignedAtTheSameMomentSucceedsOnce() throws Exception {
    // rule: F4 — a signature is given once; the second signer of the same step is told so
    Scenario s = new Scenario(http);
    long topic = s.create("xie.yu", Scenario.form("关于校园安全设施改造的议题", "T3", "luo.ping"));
    ok(s.submit("xie.yu", topic), 200);
    long step = s.step(topic, "F4", null).get("id").asLong();
    List<Supplier<Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String comment = "{\"comment\":\"同意" + i + "\"}";
      calls.add(
          () -> http.post("topics/" + topic + "/reviews/" + step + "/sign", "luo.ping", comment));
    }
    List<Answer> answers = atOnce(calls);
    assertEquals(answers.toString(), 1, count(answers, 200));
    assertEquals(answers.toString(), 5, count(answers, 409));
    for (Answer a : answers) {
      if (a.status == 409) {
        assertTrue(a.contentType.startsWith("application/problem+json"));
      }
    }
    // The one signature recorded is the winner's, and the chain moved on exactly once.
    JsonNode signed = s.step(topic, "F4", null);
    assertEquals("SIGNED", signed.get("state").asText());
    String winner =
        answers.stream().filter(a -> a.status == 200).findFirst().get().json().toString();
    assertTrue(winner.contains(signed.get("comment").asText()));
    long pending = 0;
    for (JsonNode st : s.chain(topic).get("steps")) {
      if (st.get("state").asText().equals("PENDING")) {
        pending++;
      }
    }
    assertTrue("the next stage opened once: " + s.chain(topic), pending >= 1);
  }

  @Test
  public void twoEditsOfOneDraftTheLoserGets412Or409() throws Exception {
    Scenario s = new Scenario(http);
    ObjectNode form = Scenario.form("关于社区养老服务站建设的议题", "T3", "luo.ping");
    long topic = s.create("xie.yu", form);
    long revision = http.get("topics/" + topic, "xie.yu").json().get("revision").asLong();
    List<Supplier<Answer>> calls = new ArrayList<>();
    for (String name : List.of("甲稿：关于社区养老服务站建设的议题", "乙稿：关于社区养老服务站建设的议题")) {
      ObjectNode edited = form.deepCopy().put("name", name);
      calls.add(() -> edit(topic, edited, "\"" + revision + "\""));
    }
    List<Answer> answers = atOnce(calls);
    assertEquals(answers.toString(), 1, count(answers, 200));
    // The loser read the revision after the winner's commit (412, its If-Match is stale) or
    // while both were in flight (409, the optimistic lock refused its write at commit).
    assertEquals(answers.toString(), 1, count(answers, 412) + count(answers, 409));
    Answer winner = answers.stream().filter(a -> a.status == 200).findFirst().get();
    JsonNode now = http.get("topics/" + topic, "xie.yu").json();
    assertEquals(
        "the winner's edit is what is stored",
        winner.json().at("/form/name"),
        now.at("/form/name"));
    assertTrue(now.get("revision").asLong() > revision);

    // Editing from what one read before the other's edit is refused too, and changes nothing.
    Answer stale = edit(topic, form, "\"" + revision + "\"");
    assertProblem(stale, 412, null);
    assertEquals(now, http.get("topics/" + topic, "xie.yu").json());
    Answer garbled = edit(topic, form, "yesterday");
    assertProblem(garbled, 400, null);
    // Without If-Match nothing is written (428); with the current ETag the edit goes through.
    assertProblem(http.put("topics/" + topic, "xie.yu", form.toString()), 428, null);
    assertEquals(now, http.get("topics/" + topic, "xie.yu").json());
    Answer read = http.get("topics/" + topic, "xie.yu");
    assertEquals("\"" + now.get("revision").asLong() + "\"", read.header("ETag"));
    Answer notModified =
        http.send(
            "GET",
            "topics/" + topic,
            "xie.yu",
            Http.DEMO_PASSWORD,
            null,
            null,
            "If-None-Match",
            read.header("ETag"));
    assertEquals(304, notModified.status);
    assertEquals(200, edit(topic, form, read.header("ETag")).status);
  }

  /** Xie Yu's edit of the topic, sent with the given {@code If-Match}. */
  private Answer edit(long topic, ObjectNode form, String ifMatch) {
    return http.send(
        "PUT",
        "topics/" + topic,
        "xie.yu",
        Http.DEMO_PASSWORD,
        "application/json",
        form.toString(),
        "If-Match",
        ifMatch);
  }

  /**
   * Topics filed by many callers at the same moment all get their ids without waiting for one
   * another: Derby reserves 1 000 ids at a time (etc/system.properties), where its 100 made
   * concurrent inserts wait for the reservation past the lock timeout under load.
   */
  @Test
  public void topicsFiledAtTheSameMomentDoNotWaitForEachOthersIds() throws Exception {
    assertTrue(
        "derby.language.sequence.preallocator",
        Integer.getInteger("derby.language.sequence.preallocator", 100) >= 1000);
    List<Supplier<Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String name = "{\"name\":\"同时提交的议题" + i + "\",\"category\":\"T3\"}";
      calls.add(
          () -> {
            Answer last = null;
            for (int k = 0; k < 8; k++) {
              last = http.post("topics", "xie.yu", name);
              if (last.status != 201) {
                return last;
              }
            }
            return last;
          });
    }
    List<Answer> answers = atOnce(calls);
    // Each caller's last answer: all eight of its topics were filed.
    assertEquals(answers.toString(), 16, count(answers, 201));
  }
}

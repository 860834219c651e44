package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * The inbox (issue 16, item 4), used as a signer would: a topic's whole review chain is signed by
 * each signer from what their own inbox says (the call it names), and nobody else finds it there.
 */
public class InboxIT extends PlatformTestSupport {

  /** The inbox item of the signer for this topic's open step, or null. */
  private JsonNode stepFor(String who, long topic) {
    Answer a = http.get("me/inbox?limit=200", who);
    assertEquals(a.toString(), 200, a.status);
    // A page at a time: the newest items, the counts of everything that waits.
    JsonNode one = http.get("me/inbox?limit=1", who).json();
    assertTrue(one.toString(), one.get("items").size() <= 1);
    assertTrue(one.toString(), one.get("total").asInt() >= a.json().get("items").size());
    Answer bad = http.get("me/inbox?limit=0", who);
    assertEquals(bad.toString(), 400, bad.status);
    for (JsonNode i : a.json().get("items")) {
      if (i.get("kind").asText().equals("REVIEW_STEP") && i.path("topicId").asLong() == topic) {
        return i;
      }
    }
    return null;
  }

  /** Whether the person got a notice that a step of the topic opened for them (after commit). */
  private boolean toldOfStep(String who, long topic) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    do {
      for (JsonNode n : http.get("notices?unacknowledged=true", who).json()) {
        if (n.get("kind").asText().equals("REVIEW_STEP") && n.path("topicId").asLong() == topic) {
          return true;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    } while (System.nanoTime() < deadline);
    return false;
  }

  @Test
  public void everySignerFindsTheirStepInTheInboxAndSignsFromIt() {
    // rule: F4 F7 F8 — each step of the chain reaches the one who signs it, and only them
    Scenario s = new Scenario(http);
    String name = "关于社区养老服务中心运营补贴的议题";
    ObjectNode form = Scenario.form(name, "T3", Scenario.HEADS.get("EDUCATION"));
    long topic = s.create("xie.yu", form);
    assertEquals(200, s.submit("xie.yu", topic).status);

    int signed = 0;
    for (int guard = 0; guard < 10; guard++) {
      JsonNode chain = s.chain(topic);
      if (!chain.get("state").asText().equals("IN_REVIEW")) {
        break;
      }
      for (JsonNode step : chain.get("steps")) {
        if (!step.get("state").asText().equals("PENDING")) {
          continue;
        }
        String who =
            step.hasNonNull("signerId")
                ? step.get("signerId").asText()
                : Scenario.holder(step.get("role").asText());
        JsonNode item = stepFor(who, topic);
        assertNotNull(who + " has no inbox item for the step " + step, item);
        assertTrue(who + " was not told the step opened", toldOfStep(who, topic));
        assertEquals(step.get("clause").asText(), item.get("clause").asText());
        assertEquals(name, item.get("subject").asText());
        assertEquals("审核议题并签署意见", item.get("what").asText());
        assertTrue(item.toString(), item.hasNonNull("since"));
        assertFalse("an outsider's inbox stays empty of it", stepFor("su.ming", topic) != null);
        String[] act = item.get("act").asText().split(" ", 2);
        assertEquals("POST", act[0]);
        Answer done =
            http.send(
                act[0],
                act[1],
                who,
                Http.DEMO_PASSWORD,
                "application/json",
                Scenario.signature(item.get("clause").asText(), "同意"));
        assertEquals(done.toString(), 200, done.status);
        assertEquals("signed, it left the inbox", null, stepFor(who, topic));
        signed++;
      }
    }
    assertTrue("steps signed from the inbox: " + signed, signed >= 3);
    assertEquals("READY", s.status(topic, "xie.yu"));
  }

  @Test
  public void aLeaveRequestWaitsForItsApproverCountedAndInEnglishOnRequest() {
    // rule: K1 — a member's leave is the mayor's to decide
    Scenario s = new Scenario(http);
    long meeting = s.meeting(Duration.ofDays(40), Duration.ofDays(7));
    Answer leave =
        http.post(
            "meetings/" + meeting + "/leave-requests",
            "zhou.fang",
            "{\"kind\":\"ABSENCE\",\"reason\":\"外出招商\"}");
    assertEquals(leave.toString(), 201, leave.status);
    long id = leave.json().get("id").asLong();

    Answer inbox =
        http.send(
            "GET",
            "me/inbox",
            "li.jianguo",
            Http.DEMO_PASSWORD,
            null,
            null,
            "Accept-Language",
            "en");
    assertEquals(inbox.toString(), 200, inbox.status);
    JsonNode found = null;
    for (JsonNode i : inbox.json().get("items")) {
      if (i.get("kind").asText().equals("LEAVE_REQUEST") && i.get("itemId").asLong() == id) {
        found = i;
      }
    }
    assertNotNull(inbox.body, found);
    assertEquals("Decide the leave request", found.get("what").asText());
    assertEquals("K1", found.get("clause").asText());
    assertEquals("外出招商", found.get("detail").asText());
    assertTrue(found.toString(), found.hasNonNull("due"));
    assertTrue(inbox.json().get("counts").get("LEAVE_REQUEST").asInt() >= 1);
    assertEquals(
        "POST /api/meetings/" + meeting + "/leave-requests/" + id + "/approve",
        found.get("act").asText());
    for (JsonNode i : http.get("me/inbox", "wang.hong").json().get("items")) {
      assertFalse(
          "not the executive vice-mayor's to decide: " + i,
          i.get("kind").asText().equals("LEAVE_REQUEST") && i.get("itemId").asLong() == id);
    }
    Answer refused =
        http.post(
            "meetings/" + meeting + "/leave-requests/" + id + "/refuse",
            "li.jianguo",
            "{\"note\":\"会议重要\"}");
    assertEquals(refused.toString(), 200, refused.status);
    for (JsonNode i : http.get("me/inbox", "li.jianguo").json().get("items")) {
      assertFalse(
          "decided, it left the inbox",
          i.get("kind").asText().equals("LEAVE_REQUEST") && i.get("itemId").asLong() == id);
    }
  }
}

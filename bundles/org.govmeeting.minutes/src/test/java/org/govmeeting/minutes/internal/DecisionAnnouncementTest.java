package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.minutes.Decision;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * A decision is announced in its act (DECIDED: intake records it, supervision makes its tasks);
 * those a database of an earlier build holds are announced once at start.
 */
public class DecisionAnnouncementTest {
  private Meeting44 m;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
  }

  @After
  public void tearDown() {
    m.close();
  }

  private static Map<String, Object> decided(long topic, Decision.Outcome outcome) {
    return Map.of(
        "event.topics",
        Events.DECIDED,
        Events.MEETING_ID,
        44L,
        Events.TOPIC_ID,
        topic,
        Events.STATE,
        outcome.name(),
        Events.ACTOR_ID,
        "li.jianguo");
  }

  @Test
  public void aDecisionIsAnnouncedOnceInItsAct_D3() {
    // rule: D3 I2 — intake learns of it from this event, never by asking
    m.report(1, 10);
    m.positions(1, "同意");
    assertEquals(List.of(), m.events);
    m.decide(1, Decision.Outcome.DEFERRED, null);
    assertEquals(List.of(decided(1, Decision.Outcome.DEFERRED)), m.events);
    assertEquals("a database of this build has nothing to announce", 0, m.desk.announceBacklog());
  }

  @Test
  public void theDecisionsOfAnEarlierBuildAreAnnouncedOnceAtStart_I2() {
    m.report(1, 10);
    m.positions(1, "同意");
    m.decide(1, Decision.Outcome.APPROVED, null);
    m.report(2, 10);
    m.events.clear();
    // as the changelog leaves a database of an earlier build: every decided item unannounced
    m.jpa.tx(
        em ->
            em.createNativeQuery(
                    "INSERT INTO MIN_UNANNOUNCED (ITEM_ID, DISTRICT_ID)"
                        + " SELECT ID, DISTRICT_ID FROM MIN_ITEM WHERE OUTCOME IS NOT NULL")
                .executeUpdate());
    assertEquals(1, m.desk.announceBacklog());
    assertEquals("the decided item only", List.of(decided(1, Decision.Outcome.APPROVED)), m.events);
    assertEquals("a second start announces nothing", 0, m.desk.announceBacklog());
    assertEquals(1, m.events.size());
  }
}

package org.govmeeting.events.internal;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The outbox's delivery on a real database: once, in order, again after a failure or absence. */
public class DispatcherTest {
  private LocalJpaTemplate db;
  private EventLog log;

  /** A subscriber that records what it took, and fails while told to. */
  private static class Taker implements Subscriber {
    final List<String> took = new ArrayList<>();
    boolean failing;

    @Override
    public void deliver(String topic, Map<String, String> payload) {
      if (failing) {
        throw new IllegalStateException("the subscriber's module is broken");
      }
      took.add(payload.get(Events.TOPIC_ID));
    }
  }

  @Before
  public void setUp() {
    db = new LocalJpaTemplate("govmeeting.events");
    log = new EventLog(db);
  }

  @After
  public void tearDown() {
    db.close();
  }

  private long decided(long topic) {
    return log.append(
            Events.DECIDED,
            Map.of(Events.MEETING_ID, 44L, Events.TOPIC_ID, topic, Events.NOTE, "含=和\n换行"),
            Clock.systemUTC().instant())
        .id();
  }

  private static Dispatcher.Registration tasks(Subscriber s) {
    return new Dispatcher.Registration("supervision.tasks", Set.of(Events.DECIDED), s);
  }

  // rule: I1 — every decision reaches supervision exactly once
  @Test
  public void eachEventIsTakenOnceAndInOrder() {
    Dispatcher d = new Dispatcher(log, Clock.systemUTC());
    Taker t = new Taker();
    d.add(tasks(t));
    decided(1);
    decided(2);
    assertEquals(2, d.sweep());
    assertEquals(0, d.sweep());
    long third = decided(3);
    assertEquals(1, d.deliver(log.event(third)));
    assertEquals(0, d.deliver(log.event(third)));
    assertEquals(List.of("1", "2", "3"), t.took);
    assertEquals("含=和\n换行", log.event(third).payload().get(Events.NOTE));
  }

  @Test
  public void oneEventTheSubscriberCannotTakeDoesNotHoldBackTheOthers() {
    Dispatcher d = new Dispatcher(log, Clock.systemUTC());
    Taker t =
        new Taker() {
          @Override
          public void deliver(String topic, Map<String, String> payload) {
            if ("1".equals(payload.get(Events.TOPIC_ID))) {
              throw new IllegalStateException("this decision cannot be taken up yet");
            }
            super.deliver(topic, payload);
          }
        };
    d.add(tasks(t));
    decided(1);
    decided(2);
    decided(3);
    assertEquals(2, d.sweep());
    assertEquals(List.of("2", "3"), t.took);
    assertEquals(1, log.pending("supervision.tasks", Set.of(Events.DECIDED), 10).size());
  }

  @Test
  public void inActSubscribersTakeTheEventAtOnceAndTheirFailureIsThePublishers() {
    // rule: S1 — a chain's state reaches the topic in the act that changed it, or the act fails
    Dispatcher d = new Dispatcher(log, Clock.systemUTC());
    Taker status = new Taker();
    Taker later = new Taker();
    d.add(new Dispatcher.Registration("intake.status", Set.of(Events.DECIDED), status, true));
    d.add(tasks(later));
    long id = decided(5);
    d.deliverInAct(log.event(id));
    assertEquals(List.of("5"), status.took);
    assertEquals("after-commit subscribers wait for the commit", List.of(), later.took);
    assertEquals(1, d.sweep());
    assertEquals("taken once", List.of("5"), status.took);
    status.failing = true;
    long failing = decided(6);
    try {
      d.deliverInAct(log.event(failing));
      org.junit.Assert.fail("the subscriber's failure must reach the publisher");
    } catch (IllegalStateException expected) {
      assertEquals(List.of("5"), status.took);
    }
  }

  @Test
  public void aFailingSubscriberKeepsItsEventsPendingAndInOrder() {
    Dispatcher d = new Dispatcher(log, Clock.systemUTC());
    Taker t = new Taker();
    d.add(tasks(t));
    long first = decided(1);
    decided(2);
    t.failing = true;
    assertEquals(0, d.deliver(log.event(first)));
    assertEquals(0, d.sweep());
    assertEquals(2, log.pending("supervision.tasks", Set.of(Events.DECIDED), 10).size());
    t.failing = false;
    assertEquals(2, d.sweep());
    assertEquals(List.of("1", "2"), t.took);
  }

  // rule: I1 — the sweep leaves a just-committed decision to the act's own thread, then takes it
  @Test
  public void theSweepLeavesAJustPublishedEventToItsActAndTakesItAfterwards() {
    Taker t = new Taker();
    Dispatcher now = new Dispatcher(log, Clock.systemUTC(), java.time.Duration.ofSeconds(2));
    now.add(tasks(t));
    decided(8);
    assertEquals("left to the committing thread", 0, now.sweep());
    assertEquals(List.of(), t.took);
    Dispatcher later =
        new Dispatcher(
            log,
            Clock.offset(Clock.systemUTC(), java.time.Duration.ofSeconds(3)),
            java.time.Duration.ofSeconds(2));
    later.add(tasks(t));
    assertEquals("nobody delivered it: the sweep does", 1, later.sweep());
    assertEquals(List.of("8"), t.took);
  }

  // rule: I1 — a round reads from the oldest pending decision on, and the whole log now and then
  @Test
  public void aRoundReadsFromWhereTheLastFoundPendingEventsAndNowAndThenFromTheStart() {
    Dispatcher d = new Dispatcher(log, Clock.systemUTC());
    Taker t = new Taker();
    d.add(tasks(t));
    decided(1);
    long second = decided(2);
    assertEquals(2, d.sweep());
    assertEquals("past the newest it saw", second + 1, d.floor("supervision.tasks"));
    t.failing = true;
    long third = decided(3);
    decided(4);
    assertEquals(0, d.sweep());
    assertEquals("the oldest still pending", third, d.floor("supervision.tasks"));
    t.failing = false;
    assertEquals(2, d.sweep());
    assertEquals(List.of("1", "2", "3", "4"), t.took);

    // An event below the floor (its act committed after a round had passed its id) waits for
    // the next round that reads from the start.
    long fifth = decided(5);
    d.floor("supervision.tasks", fifth + 1);
    assertEquals("an ordinary round reads from the floor", 0, d.sweep());
    int rounds = 0;
    int taken = 0;
    while (taken == 0 && rounds++ < Dispatcher.FROM_THE_START_EVERY) {
      taken = d.sweep();
    }
    assertEquals(1, taken);
    assertEquals(List.of("1", "2", "3", "4", "5"), t.took);
  }

  @Test
  public void anAbsentSubscriberGetsWhatItMissedWhenItComesBack() {
    Dispatcher d = new Dispatcher(log, Clock.systemUTC());
    decided(7);
    assertEquals("nobody to deliver to", 0, d.sweep());
    Taker t = new Taker();
    d.add(tasks(t));
    assertEquals(1, d.sweep());
    assertEquals(List.of("7"), t.took);
  }

  @Test
  public void twoNodesOnOneDatabaseDeliverEachEventOnce() {
    Taker onA = new Taker();
    Taker onB = new Taker();
    Dispatcher a = new Dispatcher(log, Clock.systemUTC());
    Dispatcher b = new Dispatcher(new EventLog(db), Clock.systemUTC());
    a.add(tasks(onA));
    b.add(tasks(onB));
    long e = decided(9);
    assertEquals(1, a.deliver(log.event(e)));
    assertEquals("b sees it taken", 0, b.deliver(log.event(e)));
    assertEquals(0, b.sweep());
    assertEquals(1, onA.took.size() + onB.took.size());
  }
}

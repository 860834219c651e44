package org.govmeeting.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.govmeeting.api.event.Subscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to the subscribers present: each delivery in a transaction of its own with its
 * record (see {@link EventLog#deliver}). A subscriber that is absent (its bundle stopped) or that
 * fails keeps its events pending; they are delivered on a later round.
 */
final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final int ROUND = 100;

  record Registration(String name, Set<String> topics, Subscriber subscriber, boolean inAct) {
    Registration(String name, Set<String> topics, Subscriber subscriber) {
      this(name, topics, subscriber, false);
    }
  }

  private final EventLog log;
  private final Clock clock;
  private final Map<Object, Registration> subscribers = new ConcurrentHashMap<>();

  /** Deliveries under way in this JVM, so that two threads never race for one claim here. */
  private final Set<String> underWay = ConcurrentHashMap.newKeySet();

  /** How often a sweep reads from the first event again (every five minutes at 5 s a round). */
  static final int FROM_THE_START_EVERY = 60;

  /** Per subscriber: no event below this id was pending when the last round looked. */
  private final Map<String, Long> floors = new ConcurrentHashMap<>();

  /** Rounds swept so far; only the sweeper's thread sweeps. */
  private int rounds;

  /** Failed attempts per delivery, to log the first and then every tenth. */
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();

  /**
   * How long an event is left to the thread whose act committed it before a sweep takes it: that
   * thread delivers it within milliseconds, and a sweep that took it too found it taken only when
   * its claim failed (a rolled-back transaction and two stack traces in the log per event under
   * load).
   */
  private final Duration leftToTheAct;

  Dispatcher(EventLog log, Clock clock) {
    this(log, clock, Duration.ZERO);
  }

  Dispatcher(EventLog log, Clock clock, Duration leftToTheAct) {
    this.log = log;
    this.clock = clock;
    this.leftToTheAct = leftToTheAct;
  }

  /** Adds a subscriber under the key it is removed by (its service binding). */
  void add(Object key, Registration r) {
    subscribers.put(key, r);
  }

  void add(Registration r) {
    add(r.subscriber(), r);
  }

  /** The subscribers present now. */
  java.util.Collection<Registration> registrations() {
    return java.util.List.copyOf(subscribers.values());
  }

  Registration remove(Object key) {
    return subscribers.remove(key);
  }

  /** Delivers one event to each present subscriber of its topic that has not taken it. */
  int deliver(EventLog.Event event) {
    return deliver(event, false);
  }

  /**
   * The same for an event whose act just committed: the subscribers that take it in the act have
   * (or, if they were absent, the sweep will), so only the others are asked.
   */
  int deliverAfterCommit(EventLog.Event event) {
    return deliver(event, true);
  }

  /** Whether a present subscriber takes this topic after the commit. */
  boolean takenAfterCommit(String topic) {
    return subscribers.values().stream().anyMatch(r -> !r.inAct() && r.topics().contains(topic));
  }

  private int deliver(EventLog.Event event, boolean afterCommitOnly) {
    int done = 0;
    for (Registration r : subscribers.values()) {
      if ((!afterCommitOnly || !r.inAct())
          && r.topics().contains(event.topic())
          && !log.delivered(event.id(), r.name())) {
        done += attempt(event, r) ? 1 : 0;
      }
    }
    return done;
  }

  /**
   * Hands a just-published event to the subscribers that take it inside the act, in the act's
   * transaction; what they throw is thrown on, so the act fails whole.
   */
  void deliverInAct(EventLog.Event event) {
    for (Registration r : subscribers.values()) {
      if (r.inAct() && r.topics().contains(event.topic())) {
        log.deliver(
            event,
            r.name(),
            clock.instant(),
            () -> r.subscriber().deliver(event.topic(), event.payload()));
      }
    }
  }

  /**
   * One round: every present subscriber's oldest pending events, read from where the last round
   * found the subscriber's oldest pending event (or, with none, past the newest it saw): reading
   * the whole log each round cost more with every event ever published. Every {@link
   * #FROM_THE_START_EVERY}th round (the first among them) reads from the start, for an event of an
   * act that committed after a later round had passed its id.
   */
  int sweep() {
    int done = 0;
    java.time.Instant before = clock.instant().minus(leftToTheAct);
    boolean fromTheStart = rounds++ % FROM_THE_START_EVERY == 0;
    for (Registration r : subscribers.values()) {
      long from = fromTheStart ? 0 : floors.getOrDefault(r.name(), 0L);
      List<EventLog.Event> pending = log.pending(r.name(), r.topics(), from, before, ROUND);
      long next = pending.size() < ROUND ? Math.max(from, log.newest(from, before) + 1) : -1;
      long firstLeft = -1;
      for (EventLog.Event e : pending) {
        // Oldest first, but one that fails does not hold the others back: a subscriber takes
        // each event for itself (a decision's tasks), so order between events does not matter,
        // and one bad event must not stop every later decision from becoming tasks.
        if (attempt(e, r)) {
          done++;
        } else if (firstLeft < 0) {
          firstLeft = e.id();
        }
      }
      if (firstLeft >= 0) {
        next = firstLeft;
      } else if (next < 0) {
        next = pending.get(pending.size() - 1).id() + 1; // as many as a round takes: more follow
      }
      floors.put(r.name(), next);
    }
    return done;
  }

  /** Where the next round reads the subscriber's pending events from (tests). */
  long floor(String subscriber) {
    return floors.getOrDefault(subscriber, 0L);
  }

  /** Moves the subscriber's floor, as a round that passed an uncommitted event would (tests). */
  void floor(String subscriber, long id) {
    floors.put(subscriber, id);
  }

  private boolean attempt(EventLog.Event event, Registration r) {
    String key = event.id() + "/" + r.name();
    if (!underWay.add(key)) {
      return false;
    }
    try {
      log.deliver(
          event,
          r.name(),
          clock.instant(),
          () -> r.subscriber().deliver(event.topic(), event.payload()));
      failures.remove(key);
      return true;
    } catch (RuntimeException e) {
      if (log.delivered(event.id(), r.name())) {
        return true; // another node took it first; its claim refused ours
      }
      int n = failures.merge(key, 1, Integer::sum);
      if (n == 1 || n % 10 == 0) {
        LOG.warn(
            "event {} ({}) not taken by {} (attempt {}); it stays pending",
            event.id(),
            event.topic(),
            r.name(),
            n,
            e);
      }
      return false;
    } finally {
      underWay.remove(key);
    }
  }
}

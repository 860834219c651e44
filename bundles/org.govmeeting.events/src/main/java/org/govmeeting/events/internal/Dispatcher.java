package org.govmeeting.events.internal;

import java.time.Clock;
import java.time.Duration;
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

  /** One round: every present subscriber's oldest pending events. */
  int sweep() {
    int done = 0;
    java.time.Instant before = clock.instant().minus(leftToTheAct);
    for (Registration r : subscribers.values()) {
      for (EventLog.Event e : log.pending(r.name(), r.topics(), before, ROUND)) {
        // Oldest first, but one that fails does not hold the others back: a subscriber takes
        // each event for itself (a decision's tasks), so order between events does not matter,
        // and one bad event must not stop every later decision from becoming tasks.
        done += attempt(e, r) ? 1 : 0;
      }
    }
    return done;
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

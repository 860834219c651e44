package org.govmeeting.events.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.persistence.SchemaReady;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox: events written in the act's transaction; handed at once to the subscribers that take
 * them in the act, and after the commit to the others, on the thread that committed it (the REST
 * API asks for that before it answers) and by a sweep at start-up and every few seconds for what a
 * crash, an absent or a failing subscriber left.
 */
@Component(
    service = {Outbox.class, HealthCheck.class, OutboxMXBean.class},
    configurationPid = EventsConfig.PID,
    property = {
      // Registered as an MBean by Karaf's JMX whiteboard (feature management).
      "jmx.objectname=org.govmeeting:type=Outbox",
      HealthCheck.NAME + "=govmeeting outbox",
      HealthCheck.TAGS + "=govmeeting",
      HealthCheck.TAGS + "=outbox"
    })
@Designate(ocd = EventsConfig.class)
public class OutboxComponent implements Outbox, HealthCheck, OutboxMXBean {
  /** An event not taken after this long means its subscriber keeps failing or is absent. */
  static final java.time.Duration STALE = java.time.Duration.ofMinutes(1);

  private static final Logger LOG = LoggerFactory.getLogger(OutboxComponent.class);
  private static final Object KEY = OutboxComponent.class;
  private static final int MAX_PENDING = 256;

  /**
   * How long after its act an event is left to the committing thread before a sweep delivers it,
   * and so how soon the follow-up sweep after an act runs.
   */
  static final java.time.Duration FOLLOW_UP = java.time.Duration.ofSeconds(1);

  /** Events that this thread's transactions committed and nobody has delivered yet. */
  private static final ThreadLocal<List<EventLog.Event>> COMMITTED =
      ThreadLocal.withInitial(ArrayList::new);

  private final EventLog log;
  private final Dispatcher dispatcher;
  private final TransactionSynchronizationRegistry transactions;
  private final EventAdmin eventAdmin;
  private final ScheduledExecutorService sweeper;
  private final int every;
  private final java.util.concurrent.atomic.AtomicBoolean followUp =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** When an act last committed events for after-commit subscribers (epoch millis). */
  private final java.util.concurrent.atomic.AtomicLong lastCommitted =
      new java.util.concurrent.atomic.AtomicLong();

  @Activate
  public OutboxComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.events)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.events)")
          SchemaReady schema,
      @Reference TransactionSynchronizationRegistry transactions,
      @Reference EventAdmin eventAdmin,
      EventsConfig config) {
    this.log = new EventLog(jpa);
    this.dispatcher = new Dispatcher(log, Clock.systemUTC(), FOLLOW_UP);
    this.transactions = transactions;
    this.eventAdmin = eventAdmin;
    this.every = config.redeliverySeconds();
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "govmeeting-events-redelivery");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::sweepQuietly, 1, every, TimeUnit.SECONDS);
  }

  @Deactivate
  void stop() {
    sweeper.shutdownNow();
  }

  /**
   * Subscribers are bound as service objects and fetched only when an event is delivered: a
   * subscriber's module may itself publish through this outbox (supervision reads the decision that
   * minutes published), and fetching it while binding would make activation circular.
   */
  @Reference(
      service = Subscriber.class,
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC)
  void addSubscriber(ComponentServiceObjects<Subscriber> s, Map<String, Object> properties) {
    Object name = properties.get(Subscriber.NAME);
    Set<String> topics = topics(properties.get(Subscriber.TOPICS));
    if (!(name instanceof String) || ((String) name).isBlank() || topics.isEmpty()) {
      LOG.error(
          "a subscriber without {} or {} is ignored: {}", Subscriber.NAME, Subscriber.TOPICS, s);
      return;
    }
    boolean inAct = Subscriber.IN_ACT.equals(properties.get(Subscriber.DELIVERY));
    dispatcher.add(s, new Dispatcher.Registration((String) name, topics, new Lazy(s), inAct));
    // What it missed while it was away: at once, and again once what was published just before
    // it came is old enough for a sweep to take.
    sweeper.execute(this::sweepQuietly);
    sweeper.schedule(this::sweepQuietly, FOLLOW_UP.toMillis() + 100, TimeUnit.MILLISECONDS);
  }

  void removeSubscriber(ComponentServiceObjects<Subscriber> s) {
    Dispatcher.Registration gone = dispatcher.remove(s);
    if (gone != null && gone.subscriber() instanceof Lazy) {
      ((Lazy) gone.subscriber()).release();
    }
  }

  /**
   * A subscriber fetched at its first delivery (not while binding, see {@link #addSubscriber}) and
   * released when it goes: fetched and released per delivery, concurrent deliveries released one
   * object twice (Felix refuses the second release).
   */
  private static final class Lazy implements Subscriber {
    private final ComponentServiceObjects<Subscriber> objects;
    private Subscriber service;

    Lazy(ComponentServiceObjects<Subscriber> objects) {
      this.objects = objects;
    }

    @Override
    public void deliver(String topic, Map<String, String> payload) {
      Subscriber s;
      synchronized (this) {
        if (service == null) {
          service = objects.getService();
        }
        s = service;
      }
      if (s == null) {
        throw new IllegalStateException("the subscriber has gone");
      }
      s.deliver(topic, payload);
    }

    synchronized void release() {
      if (service != null) {
        Subscriber s = service;
        service = null;
        objects.ungetService(s);
      }
    }
  }

  @Override
  public void publish(String topic, Map<String, ?> payload) {
    boolean inTransaction = transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    EventLog.Event event = log.append(topic, payload, Clock.systemUTC().instant());
    dispatcher.deliverInAct(event);
    if (!inTransaction) {
      // Committed already, in a transaction of its own: the same path as after an act's commit,
      // and delivered now, since nobody else will ask.
      committed(List.of(event));
      deliverCommitted();
      return;
    }
    @SuppressWarnings("unchecked")
    List<EventLog.Event> events = (List<EventLog.Event>) transactions.getResource(KEY);
    if (events == null) {
      List<EventLog.Event> mine = new ArrayList<>();
      transactions.putResource(KEY, mine);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                committed(mine);
              }
            }
          });
      events = mine;
    }
    events.add(event);
  }

  /**
   * Events whose transaction committed: left for this thread to deliver ({@link
   * #deliverCommitted}), for the sweep should it not, and posted to EventAdmin for listeners
   * outside the platform.
   */
  private void committed(List<EventLog.Event> events) {
    List<EventLog.Event> pending = COMMITTED.get();
    if (pending.size() > MAX_PENDING) {
      // A thread that commits acts but never asks for their delivery (a timer) must not keep
      // them forever; the sweep delivers what is dropped here.
      pending.clear();
    }
    boolean later = false;
    for (EventLog.Event e : events) {
      eventAdmin.postEvent(new Event(e.topic(), new HashMap<String, Object>(e.payload())));
      if (dispatcher.takenAfterCommit(e.topic())) {
        pending.add(e);
        later = true;
      }
    }
    if (later) {
      // Should the committing thread not deliver them, the sweep will: one follow-up at a time,
      // not one per act (under load, hundreds a second, each reading the log), and none before
      // the events are old enough for a sweep to take them.
      lastCommitted.set(System.currentTimeMillis());
      if (followUp.compareAndSet(false, true)) {
        sweeper.schedule(this::followUp, FOLLOW_UP.toMillis() + 100, TimeUnit.MILLISECONDS);
      }
    }
  }

  /**
   * The follow-up sweep; again later while acts committed after it was scheduled have events a
   * sweep would still leave to them (a follow-up never waits for the periodic round).
   */
  private void followUp() {
    sweepQuietly();
    followUp.set(false);
    long wait = lastCommitted.get() + FOLLOW_UP.toMillis() + 100 - System.currentTimeMillis();
    if (wait > 0 && followUp.compareAndSet(false, true)) {
      sweeper.schedule(this::followUp, wait, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * WARN (the node stays ready: the events wait, nothing is lost) while a subscriber present has
   * events older than {@link #STALE} it has not taken; each named with its count.
   */
  @Override
  public Result execute() {
    FormattingResultLog result = new FormattingResultLog();
    java.time.Instant before = java.time.Instant.now().minus(STALE);
    long all = 0;
    for (Dispatcher.Registration r : dispatcher.registrations()) {
      long n = log.backlog(r.name(), r.topics(), before);
      if (n > 0) {
        result.warn("{} events for {} not delivered after {} s", n, r.name(), STALE.toSeconds());
        all += n;
      }
    }
    if (all == 0) {
      result.info("every event older than {} s is delivered", STALE.toSeconds());
    }
    return new Result(result);
  }

  @Override
  public long getPending() {
    return backlog(java.time.Instant.now());
  }

  @Override
  public long getStale() {
    return backlog(java.time.Instant.now().minus(STALE));
  }

  @Override
  public int getRedeliverySeconds() {
    return every;
  }

  private long backlog(java.time.Instant before) {
    long n = 0;
    for (Dispatcher.Registration r : dispatcher.registrations()) {
      n += log.backlog(r.name(), r.topics(), before);
    }
    return n;
  }

  @Override
  public void deliverCommitted() {
    List<EventLog.Event> mine = COMMITTED.get();
    if (mine.isEmpty()) {
      return;
    }
    List<EventLog.Event> events = new ArrayList<>(mine);
    mine.clear();
    for (EventLog.Event e : events) {
      try {
        dispatcher.deliverAfterCommit(e);
      } catch (RuntimeException ex) {
        LOG.warn("event {} left to the redelivery round", e.id(), ex);
      }
    }
  }

  private void sweepQuietly() {
    try {
      dispatcher.sweep();
    } catch (RuntimeException e) {
      LOG.warn("event redelivery round failed; next round as scheduled", e);
    }
  }

  private static Set<String> topics(Object value) {
    if (value instanceof String s) {
      return Set.of(s);
    }
    if (value instanceof String[] a) {
      return Set.of(a);
    }
    return Set.of();
  }
}

package org.govmeeting.events.internal;

import java.time.Clock;
import java.util.ArrayList;
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
import org.govmeeting.api.config.Settings;
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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox: events written in the act's transaction, delivered after its commit on the thread
 * that committed it (the REST API asks for that before it answers), and by a sweep at start-up and
 * every few seconds for what a crash, an absent or a failing subscriber left.
 */
@Component(service = Outbox.class, configurationPid = EventsConfig.PID)
@Designate(ocd = EventsConfig.class)
public class OutboxComponent implements Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxComponent.class);
  private static final Object KEY = OutboxComponent.class;

  /** Events that this thread's transactions committed and nobody has delivered yet. */
  private static final ThreadLocal<List<Long>> COMMITTED = ThreadLocal.withInitial(ArrayList::new);

  private final EventLog log;
  private final Dispatcher dispatcher;
  private final TransactionSynchronizationRegistry transactions;
  private final ScheduledExecutorService sweeper;

  @Activate
  public OutboxComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.events)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.events)")
          SchemaReady schema,
      @Reference TransactionSynchronizationRegistry transactions,
      EventsConfig config) {
    this.log = new EventLog(jpa);
    this.dispatcher = new Dispatcher(log, Clock.systemUTC());
    this.transactions = transactions;
    int every =
        new Settings(EventsConfig.PID, LOG::error)
            .atLeast("redeliverySeconds", config.redeliverySeconds(), 1, 5);
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
    dispatcher.add(s, new Dispatcher.Registration((String) name, topics, new Lazy(s)));
    // What it missed while it was away.
    sweeper.execute(this::sweepQuietly);
  }

  void removeSubscriber(ComponentServiceObjects<Subscriber> s) {
    dispatcher.remove(s);
  }

  /** A subscriber fetched for each delivery and released after it. */
  private record Lazy(ComponentServiceObjects<Subscriber> objects) implements Subscriber {
    @Override
    public void deliver(String topic, Map<String, String> payload) {
      Subscriber s = objects.getService();
      if (s == null) {
        throw new IllegalStateException("the subscriber has gone");
      }
      try {
        s.deliver(topic, payload);
      } finally {
        objects.ungetService(s);
      }
    }
  }

  @Override
  public void publish(String topic, Map<String, ?> payload) {
    boolean inTransaction = transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    long id = log.append(topic, payload, Clock.systemUTC().instant());
    if (!inTransaction) {
      COMMITTED.get().add(id);
      sweeper.schedule(this::sweepQuietly, 2, TimeUnit.SECONDS);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) transactions.getResource(KEY);
    if (ids == null) {
      List<Long> mine = new ArrayList<>();
      transactions.putResource(KEY, mine);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                COMMITTED.get().addAll(mine);
                // Should the committing thread not deliver them, the sweep will.
                sweeper.schedule(OutboxComponent.this::sweepQuietly, 2, TimeUnit.SECONDS);
              }
            }
          });
      ids = mine;
    }
    ids.add(id);
  }

  @Override
  public void deliverCommitted() {
    List<Long> mine = COMMITTED.get();
    if (mine.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>(mine);
    mine.clear();
    for (long id : ids) {
      try {
        EventLog.Event e = log.event(id);
        if (e != null) {
          dispatcher.deliver(e);
        }
      } catch (RuntimeException ex) {
        LOG.warn("event {} left to the redelivery round", id, ex);
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

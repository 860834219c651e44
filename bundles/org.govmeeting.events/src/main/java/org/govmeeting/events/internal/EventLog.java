package org.govmeeting.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.DistrictScope;

/** The repository of events and their deliveries. */
final class EventLog {
  private final JpaTemplate jpa;

  EventLog(JpaTemplate jpa) {
    this.jpa = jpa;
  }

  /** An event as subscribers get it. */
  record Event(long id, String topic, Map<String, String> payload, String district) {}

  /** Appends the event and hands it back as subscribers get it (its payload as stored). */
  Event append(String topic, Map<String, ?> payload, Instant at) {
    String text = Payloads.write(payload);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          EventRecord e = new EventRecord();
          e.topic = topic;
          e.payload = text;
          e.createdAt = Timestamp.from(at);
          e.district = DistrictScope.current();
          em.persist(e);
          em.flush();
          return toEvent(e);
        });
  }

  Event event(long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          EventRecord e = em.find(EventRecord.class, id);
          return e == null ? null : toEvent(e);
        });
  }

  /** The oldest events of these topics that the subscriber has not taken, in order. */
  List<Event> pending(String subscriber, Set<String> topics, int limit) {
    return pending(subscriber, topics, 0, Instant.now().plusSeconds(1), limit);
  }

  /** The same, from event {@code fromId} on, of those published no later than {@code before}. */
  List<Event> pending(
      String subscriber, Set<String> topics, long fromId, Instant before, int limit) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select e from EventRecord e where e.id >= :from and e.topic in :topics"
                        + " and e.createdAt <= :before and not exists"
                        + " (select d.id from DeliveryRecord d where d.eventId = e.id"
                        + " and d.subscriber = :s) order by e.id",
                    EventRecord.class)
                .setParameter("from", fromId)
                .setParameter("topics", topics)
                .setParameter("before", Timestamp.from(before))
                .setParameter("s", subscriber)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(EventLog::toEvent)
                .toList());
  }

  /** The newest event from {@code fromId} on published no later than {@code before}; -1: none. */
  long newest(long fromId, Instant before) {
    Long id =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select max(e.id) from EventRecord e where e.id >= :from"
                            + " and e.createdAt <= :before",
                        Long.class)
                    .setParameter("from", fromId)
                    .setParameter("before", Timestamp.from(before))
                    .getSingleResult());
    return id == null ? -1 : id;
  }

  /** How many events of these topics older than {@code before} the subscriber has not taken. */
  long backlog(String subscriber, Set<String> topics, Instant before) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em.createQuery(
                    "select count(e) from EventRecord e where e.topic in :topics"
                        + " and e.createdAt < :before and not exists (select d.id from"
                        + " DeliveryRecord d where d.eventId = e.id and d.subscriber = :s)",
                    Long.class)
                .setParameter("topics", topics)
                .setParameter("before", Timestamp.from(before))
                .setParameter("s", subscriber)
                .getSingleResult());
  }

  boolean delivered(long eventId, String subscriber) {
    return jpa.txExpr(TransactionType.Required, em -> delivered(em, eventId, subscriber));
  }

  /**
   * Records the delivery and runs the subscriber, in one transaction: the record is inserted (and
   * so claimed) first, so a node that lost the claim never runs its subscriber's writes to a
   * commit.
   */
  void deliver(Event event, String subscriber, Instant at, Runnable work) {
    // In the district the event was published in: the subscriber's writes are that district's,
    // whichever thread (the act's, a sweep's, another node's) delivers it.
    DistrictScope.run(
        event.district(),
        () ->
            jpa.tx(
                TransactionType.Required,
                em -> {
                  DeliveryRecord d = new DeliveryRecord();
                  d.eventId = event.id();
                  d.subscriber = subscriber;
                  d.deliveredAt = Timestamp.from(at);
                  em.persist(d);
                  em.flush();
                  work.run();
                }));
  }

  private static boolean delivered(EntityManager em, long eventId, String subscriber) {
    return !em.createQuery(
            "select d.id from DeliveryRecord d where d.eventId = :e and d.subscriber = :s")
        .setParameter("e", eventId)
        .setParameter("s", subscriber)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static Event toEvent(EventRecord e) {
    return new Event(
        e.id,
        e.topic,
        Payloads.read(e.payload),
        e.district == null ? DistrictScope.DEFAULT : e.district);
  }
}

package org.govmeeting.events.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * That a subscriber took an event: written in the same transaction as what the subscriber did with
 * it. The unique key is the claim between nodes: the second node's insert waits for the first and
 * is refused, and its transaction, with whatever its subscriber wrote, is rolled back.
 */
@Entity
@Table(
    name = "EVT_DELIVERY",
    uniqueConstraints =
        @UniqueConstraint(
            name = "EVT_DELIVERY_ONCE",
            columnNames = {"EVENT_ID", "SUBSCRIBER"}))
public class DeliveryRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "EVENT_ID", nullable = false)
  long eventId;

  @Column(name = "SUBSCRIBER", nullable = false, length = 100)
  String subscriber;

  @Column(name = "DELIVERED_AT", nullable = false)
  Timestamp deliveredAt;
}

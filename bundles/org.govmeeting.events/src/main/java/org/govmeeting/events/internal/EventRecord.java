package org.govmeeting.events.internal;

import java.sql.Timestamp;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** An event as the act that published it left it: written in the act's transaction. */
@Entity
@Table(name = "EVT_EVENT", indexes = @Index(name = "EVT_EVENT_TOPIC", columnList = "TOPIC,ID"))
public class EventRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  long id;

  @Column(name = "TOPIC", nullable = false, length = 200)
  String topic;

  /** The payload as {@link Payloads} writes it. */
  @Column(name = "PAYLOAD", nullable = false, length = 4000)
  String payload;

  @Column(name = "CREATED_AT", nullable = false)
  Timestamp createdAt;

  /**
   * The district whose act published it, delivered in that district's scope. Not a tenant
   * discriminator: every node delivers every district's events.
   */
  @Column(name = "DISTRICT_ID", length = 40)
  String district;
}

package org.govmeeting.events.internal;

/**
 * The outbox's figures for an operator's JMX console ({@code org.govmeeting:type=Outbox}, once
 * Karaf's {@code management} feature is on).
 */
public interface OutboxMXBean {
  /** Deliveries still owed to the subscribers present now, however young. */
  long getPending();

  /** Of those, the ones older than a minute: a subscriber that keeps failing or is away. */
  long getStale();

  /** Seconds between redelivery rounds (redeliverySeconds). */
  int getRedeliverySeconds();
}

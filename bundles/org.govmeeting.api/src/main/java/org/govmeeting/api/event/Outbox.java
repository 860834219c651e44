package org.govmeeting.api.event;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What one module tells another, kept with the act that caused it: an event published here is a row
 * written in the running transaction (the act's), so it exists exactly when the act committed.
 * After the commit it is delivered to every {@link Subscriber} of its topic, each in a transaction
 * of its own that also records the delivery; an event a crash or a failing subscriber left
 * undelivered is delivered again later (at start-up and every few seconds), and with several nodes
 * on one database each delivery is claimed there, so it takes effect once.
 */
@ProviderType
public interface Outbox {
  /**
   * Records an event in the running transaction, or in one of its own where none runs, and hands it
   * to the subscribers that take it in the act; what they throw is thrown here, and fails the act.
   *
   * @param topic one of the topics of {@link Events}
   * @param payload the event's properties (keys of {@link Events}); values are kept as text
   */
  void publish(String topic, Map<String, ?> payload);

  /**
   * Delivers now, on the calling thread, the events that this thread's transactions committed and
   * nobody has delivered yet: the REST API calls it after an act commits and before it answers, so
   * that the caller reads the act's consequences (the tasks of a decision) at once. Failures are
   * left for the next round; nothing is thrown.
   */
  void deliverCommitted();
}

package org.govmeeting.api.event;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's handler of {@link Outbox} events, registered as a service with the properties {@link
 * #TOPICS} and {@link #NAME}. {@link #deliver} runs in a transaction that also records the
 * delivery: what it writes commits together with that record, so an event takes effect once. A
 * subscriber that throws leaves the event for a later attempt; it should therefore be idempotent in
 * what it does outside its own tables (it is, when it only writes them).
 */
@ConsumerType
public interface Subscriber {
  /** Service property: the topics (String or String[]) the subscriber takes. */
  String TOPICS = "govmeeting.event.topics";

  /**
   * Service property: the subscriber's stable name; deliveries are recorded under it, so it must
   * not change between releases.
   */
  String NAME = "govmeeting.event.subscriber";

  /**
   * Service property: when the subscriber takes an event. {@link #IN_ACT}: at once, inside the
   * publishing act's transaction, so that what the subscriber writes commits or rolls back with the
   * act and a failure of the subscriber fails the act (a review chain's state becoming the topic's
   * status). {@link #AFTER_COMMIT} (the default): after the act committed, in a transaction of its
   * own, again later if it fails (a decision becoming tasks).
   */
  String DELIVERY = "govmeeting.event.delivery";

  String IN_ACT = "act";
  String AFTER_COMMIT = "after-commit";

  void deliver(String topic, Map<String, String> payload);
}

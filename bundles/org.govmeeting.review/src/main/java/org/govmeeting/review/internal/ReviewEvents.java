package org.govmeeting.review.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.security.Actor;

/**
 * What the review tells other modules. Posted after the transaction call that made the change has
 * returned: committed where it ran alone, and where it joined an act's transaction the listeners
 * join it too, so no listener ever keeps a state that was rolled back.
 */
final class ReviewEvents {
  private final Consumer<Map<String, Object>> announce;

  /**
   * @param announce posts a {@link Events#REVIEW_CHANGED} or {@link Events#TOPIC_ROLLED_OVER}
   *     event; its map holds the event topic under the key {@code "event.topics"}
   */
  ReviewEvents(Consumer<Map<String, Object>> announce) {
    this.announce = announce;
  }

  void changed(ReviewChain chain, Actor actor) {
    Map<String, Object> e = new HashMap<>();
    e.put("event.topics", Events.REVIEW_CHANGED);
    e.put(Events.TOPIC_ID, chain.topicId);
    e.put(Events.VERSION, chain.topicVersion);
    e.put(Events.STATE, chain.state.name());
    if (chain.meetingId != null) {
      e.put(Events.MEETING_ID, chain.meetingId);
    }
    if (chain.meetingNote != null) {
      e.put(Events.NOTE, chain.meetingNote);
    }
    e.put(Events.ACTOR_ID, actor.personId());
    announce.accept(e);
  }

  /** S9: the chain's topic was ready after its meeting's cut-off and moves on. */
  static Map<String, Object> rolledOver(ChainRecord c) {
    Map<String, Object> rolled = new HashMap<>();
    rolled.put("event.topics", Events.TOPIC_ROLLED_OVER);
    rolled.put(Events.TOPIC_ID, c.topicId);
    rolled.put(Events.VERSION, c.topicVersion);
    rolled.put(Events.NOTE, c.meetingNote);
    if (c.meetingId != null) {
      rolled.put(Events.MEETING_ID, c.meetingId);
    }
    return rolled;
  }

  void post(Map<String, Object> event) {
    announce.accept(event);
  }
}

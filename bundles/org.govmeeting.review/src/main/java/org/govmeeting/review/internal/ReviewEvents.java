package org.govmeeting.review.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.StepEvents;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
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

  /**
   * The steps of the chain that opened in this act, each to its signer: every open step of a chain
   * just started ({@code afterStage} null), else the open steps of a stage after the one acted on
   * (the stage that signature completed opened the next).
   */
  void opened(ReviewChain chain, Integer afterStage) {
    openedWhere(chain, s -> afterStage == null || s.stage > afterStage);
  }

  /** The open steps of the chain that {@code isNew} picks, each to its signer. */
  void openedWhere(ReviewChain chain, Predicate<Step> isNew) {
    if (chain.state != ChainState.IN_REVIEW) {
      return;
    }
    for (Step s : chain.steps) {
      if (s.state == StepState.PENDING && isNew.test(s)) {
        Map<String, Object> e =
            new HashMap<>(
                new StepEvents.Opened(
                        chain.topicId,
                        chain.topicVersion,
                        s.id,
                        s.signerId,
                        s.role == null ? null : s.role.name(),
                        s.own != null ? s.own.id() : s.clause == null ? null : s.clause.name(),
                        s.label,
                        chain.meetingId)
                    .payload());
        e.put("event.topics", Events.REVIEW_STEP_OPENED);
        announce.accept(e);
      }
    }
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

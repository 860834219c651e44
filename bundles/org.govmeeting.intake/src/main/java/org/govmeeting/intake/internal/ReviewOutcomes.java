package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.topic.TopicStatus;

/**
 * The review's outcomes mirrored onto the topic, so that lists can filter by status. Outcomes for
 * another version than the topic's current one are stale and ignored.
 */
final class ReviewOutcomes {
  private final JpaTemplate jpa;
  private final Topics topics;
  private final ReviewService review;
  private final Clock clock;

  ReviewOutcomes(JpaTemplate jpa, Topics topics, ReviewService review, Clock clock) {
    this.jpa = jpa;
    this.topics = topics;
    this.review = review;
    this.clock = clock;
  }

  /** The topic's status while its chain is in this state; null where the chain's end says none. */
  static TopicStatus status(ChainState state) {
    return switch (state) {
      case IN_REVIEW -> TopicStatus.IN_REVIEW;
      case RETURNED -> TopicStatus.RETURNED;
      case REJECTED -> TopicStatus.REJECTED;
      case COMPLETE -> TopicStatus.READY;
      case LISTED -> TopicStatus.LISTED;
      case CLOSED -> null;
    };
  }

  void changed(
      long topicId, int version, ChainState state, Long meetingId, String note, String actorId) {
    TopicStatus to = status(state);
    if (to == null) {
      return;
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, topicId);
          if (t == null || t.version != version) {
            return;
          }
          boolean moved = t.status != to;
          boolean rebound =
              !Objects.equals(t.meetingId, meetingId) || !Objects.equals(t.meetingNote, note);
          if (!moved && !rebound) {
            return;
          }
          t.status = to;
          t.meetingId = meetingId;
          t.meetingNote = note;
          t.updatedAt = Timestamp.from(now);
          String by = actorId == null ? "system" : actorId;
          topics.record(em, topicId, version, by, null, "REVIEW_" + state, note, now);
        });
  }

  /** Brings every topic in review in line with its chain, after a crash between the two. */
  void reconcile() {
    List<long[]> open = jpa.txExpr(TransactionType.Required, Topics::inReview);
    for (long[] t : open) {
      review
          .chain(t[0], (int) t[1])
          .ifPresent(
              c -> changed(c.topicId, c.topicVersion, c.state, c.meetingId, c.meetingNote, null));
    }
  }
}

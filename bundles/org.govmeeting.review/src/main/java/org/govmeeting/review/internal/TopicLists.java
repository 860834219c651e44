package org.govmeeting.review.internal;

import java.util.ArrayList;
import javax.persistence.EntityManager;
import org.govmeeting.api.review.TopicList;

/**
 * The topic list aggregate: one meeting's list ({@link TopicListRecord}) and the list as its
 * readers see it. Every call runs in the caller's transaction, on its entity manager.
 */
final class TopicLists {
  private TopicLists() {}

  /** The meeting's list, or null if the Office has not compiled one. */
  static TopicListRecord find(EntityManager em, long meetingId) {
    return em.find(TopicListRecord.class, meetingId);
  }

  /**
   * A new list for the meeting, to be filled in before anything is queried in this transaction (a
   * query flushes it, and its compilation columns are required).
   */
  static TopicListRecord create(EntityManager em, long meetingId) {
    TopicListRecord list = new TopicListRecord();
    list.meetingId = meetingId;
    em.persist(list);
    return list;
  }

  static TopicList toList(TopicListRecord r) {
    TopicList out = new TopicList();
    out.meetingId = r.meetingId;
    out.state = r.state;
    out.topicIds = new ArrayList<>(r.topicIds);
    out.compiledBy = r.compiledBy;
    out.compiledAt = r.compiledAt.toInstant();
    out.approvedBy = r.approvedBy;
    out.approvedAt = r.approvedAt == null ? null : r.approvedAt.toInstant();
    return out;
  }
}

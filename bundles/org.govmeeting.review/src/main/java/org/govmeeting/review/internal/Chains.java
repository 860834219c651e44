package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.rule.DistrictClause;
import org.govmeeting.api.security.Actor;

/**
 * The chain aggregate: a topic version's review chain with its steps ({@link ChainRecord}, {@link
 * StepRecord}), and the chain as its readers see it. Every call runs in the caller's transaction,
 * on its entity manager.
 */
final class Chains {
  /** A topic's chains, its newest version first. */
  private static final String NEWEST_OF_TOPIC =
      " from ChainRecord c where c.topicId = :t order by c.topicVersion desc";

  private Chains() {}

  static ChainRecord find(EntityManager em, long topicId, int version) {
    return em
        .createQuery(
            "select c from ChainRecord c where c.topicId = :t and c.topicVersion = :v",
            ChainRecord.class)
        .setParameter("t", topicId)
        .setParameter("v", version)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** Every chain of the topic, its first version first. */
  static List<ChainRecord> ofTopic(EntityManager em, long topicId) {
    return em.createQuery(
            "select c from ChainRecord c where c.topicId = :t order by c.topicVersion",
            ChainRecord.class)
        .setParameter("t", topicId)
        .getResultList();
  }

  /**
   * The chain again, with its row locked in the database until the transaction ends: acts on one
   * chain are taken one after the other, on any node, so two signatures of one step cannot both
   * succeed and two steps of one stage signed at once still open the next stage.
   */
  static ChainRecord locked(EntityManager em, long topicId) {
    // Only the id first, so that nothing of the chain is read before the lock is held.
    Long id = newest(em, "select c.id", Long.class, topicId);
    return id == null ? null : em.find(ChainRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  static ChainRecord latest(EntityManager em, long topicId) {
    return newest(em, "select c", ChainRecord.class, topicId);
  }

  /** What {@code select} names of the topic's newest chain, or null if it has none. */
  private static <T> T newest(EntityManager em, String select, Class<T> type, long topicId) {
    return em
        .createQuery(select + NEWEST_OF_TOPIC, type)
        .setParameter("t", topicId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The complete chains a meeting's list is compiled from: those bound to it, and those not bound
   * to any meeting that were complete by its cut-off, in the order they completed.
   */
  static List<ChainRecord> readyFor(EntityManager em, long meetingId, Timestamp cutoff) {
    return em.createQuery(
            "select c from ChainRecord c where c.state = :complete and (c.meetingId ="
                + " :m or (c.meetingId is null and coalesce(c.sentInAt, c.completedAt) <= :cutoff))"
                + " order by c.completedAt, c.id",
            ChainRecord.class)
        .setParameter("complete", ChainState.COMPLETE)
        .setParameter("m", meetingId)
        .setParameter("cutoff", cutoff)
        .getResultList();
  }

  /** The complete chains bound to the meeting and not on its list. */
  static List<ChainRecord> completeFor(EntityManager em, long meetingId) {
    return em.createQuery(
            "select c from ChainRecord c where c.state = :complete and c.meetingId = :m",
            ChainRecord.class)
        .setParameter("complete", ChainState.COMPLETE)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /** The topics with a step the actor signs, by name or by role; only this topic if given. */
  static List<Long> involving(EntityManager em, Actor actor, Long topicId) {
    String who =
        actor.roles().isEmpty() ? "s.signerId = :p" : "(s.signerId = :p or s.role in :roles)";
    String and = topicId == null ? "" : " and s.chain.topicId = :t";
    TypedQuery<Long> q =
        em.createQuery(
            "select distinct s.chain.topicId from StepRecord s where " + who + and, Long.class);
    q.setParameter("p", actor.personId());
    if (!actor.roles().isEmpty()) {
      q.setParameter("roles", actor.roles());
    }
    if (topicId != null) {
      q.setParameter("t", topicId);
    }
    return q.getResultList();
  }

  static ReviewChain toChain(ChainRecord c) {
    ReviewChain out = new ReviewChain();
    out.id = c.id;
    out.topicId = c.topicId;
    out.topicVersion = c.topicVersion;
    out.policyDistrict = c.policyDistrict;
    out.policyVersion = c.policyVersion;
    out.state = c.state;
    out.startedAt = c.startedAt.toInstant();
    out.completedAt = c.completedAt == null ? null : c.completedAt.toInstant();
    out.sentInAt = c.sentInAt == null ? out.completedAt : c.sentInAt.toInstant();
    out.meetingId = c.meetingId;
    out.meetingNote = c.meetingNote;
    out.steps = new ArrayList<>();
    for (StepRecord s : c.steps) {
      Step st = new Step();
      st.id = s.id;
      st.stage = s.stage;
      st.role = s.role;
      st.signerId = s.signerId;
      st.clause = s.clause;
      st.own =
          s.ownClause == null
              ? null
              : new DistrictClause(s.ownClause, s.ownClauseText, s.ownClauseTextEnglish, s.clause);
      st.label = s.label;
      st.labelEnglish = s.labelEnglish;
      st.state = s.state;
      st.actorId = s.actorId;
      st.actorRole = s.actorRole;
      st.actedAt = s.actedAt == null ? null : s.actedAt.toInstant();
      st.comment = s.comment;
      st.withinAuthority = s.withinAuthority;
      st.requestedBy = s.requestedBy;
      st.requestReason = s.requestReason;
      out.steps.add(st);
    }
    return out;
  }

  /** When the topic reached the Office (S9); a chain of an earlier build, when it completed. */
  static Instant sentIn(ChainRecord c) {
    Timestamp t = c.sentInAt != null ? c.sentInAt : c.completedAt;
    return t.toInstant();
  }
}

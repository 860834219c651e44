package org.govmeeting.minutes.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Decisions that a database of an earlier build holds were never announced through the outbox:
 * intake, which keeps its own record of them to check a revision (I2), would not know them. At
 * start each is announced once, as a decision taken now would be. The backlog row is deleted in the
 * announcing transaction, so a second start, or a second node starting at the same moment (its
 * delete waits on the row and then finds nothing), announces nothing. Supervision takes the same
 * event up again and finds the decision's tasks there already (I1).
 */
final class DecisionAnnouncement {
  private final JpaTemplate jpa;
  private final Consumer<Map<String, Object>> announce;

  DecisionAnnouncement(JpaTemplate jpa, Consumer<Map<String, Object>> announce) {
    this.jpa = jpa;
    this.announce = announce;
  }

  /** Announces what is still to be announced; returns how many this call announced. */
  int announceBacklog() {
    List<Long> ids =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select u.itemId from UnannouncedRecord u order by u.itemId", Long.class)
                    .getResultList());
    int announced = 0;
    for (long id : ids) {
      announced +=
          jpa.txExpr(
              TransactionType.Required,
              em -> {
                int claimed =
                    em.createQuery("delete from UnannouncedRecord u where u.itemId = :id")
                        .setParameter("id", id)
                        .executeUpdate();
                ItemRecord r = em.find(ItemRecord.class, id);
                if (claimed == 0 || r == null || r.outcome == null) {
                  return 0;
                }
                announce.accept(
                    Deliberating.decided(r.meetingId, r.topicId, r.outcome, r.decidedBy));
                return 1;
              });
    }
    return announced;
  }
}

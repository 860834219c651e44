package org.govmeeting.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.event.Events;

/**
 * Emergency decisions that a database of an earlier build holds were never announced: the planner,
 * which keeps its own copy of them for the agenda (S2), would not know them. At start each is
 * announced once through the outbox, with the meeting it was reported to if it was. The backlog row
 * is deleted in the announcing transaction, so a second start, or a second node starting at the
 * same moment (its delete waits on the row and then finds nothing), announces nothing.
 */
final class EmergencyAnnouncement {
  private final JpaTemplate jpa;
  private final BiConsumer<String, Map<String, ?>> publish;

  EmergencyAnnouncement(JpaTemplate jpa, BiConsumer<String, Map<String, ?>> publish) {
    this.jpa = jpa;
    this.publish = publish;
  }

  /** Announces what is still to be announced; returns how many this call announced. */
  int announceBacklog() {
    List<Long> ids =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em.createQuery(
                        "select u.emergencyId from UnannouncedRecord u order by u.emergencyId",
                        Long.class)
                    .getResultList());
    int announced = 0;
    for (long id : ids) {
      announced +=
          jpa.txExpr(
              TransactionType.Required,
              em -> {
                int claimed =
                    em.createQuery("delete from UnannouncedRecord u where u.emergencyId = :id")
                        .setParameter("id", id)
                        .executeUpdate();
                EmergencyRecord r = em.find(EmergencyRecord.class, id);
                if (claimed == 0 || r == null) {
                  return 0;
                }
                publish.accept(Events.EMERGENCY_DECIDED, EmergencyRepository.decided(r).payload());
                return 1;
              });
    }
    return announced;
  }
}

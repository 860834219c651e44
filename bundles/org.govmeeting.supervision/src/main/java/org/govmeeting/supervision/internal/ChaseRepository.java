package org.govmeeting.supervision.internal;

import java.sql.Date;
import java.time.LocalDate;
import javax.persistence.EntityManager;

/** The reminders and chasing notices claimed for a task: one of each kind a task and day. */
final class ChaseRepository {
  private ChaseRepository() {}

  /** Records that a notice of this kind goes out for the task today; false if one already has. */
  static boolean claim(EntityManager em, long taskId, String kind, LocalDate day) {
    // Looked up first: inside an act's transaction (reminders run on demand), a refused
    // insert would undo the whole act; the unique key stays the guard between nodes.
    boolean taken =
        !em.createQuery(
                "select c.id from ChaseRecord c where c.taskId = :t and c.kind = :k"
                    + " and c.sentOn = :d")
            .setParameter("t", taskId)
            .setParameter("k", kind)
            .setParameter("d", Date.valueOf(day))
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      return false;
    }
    ChaseRecord c = new ChaseRecord();
    c.taskId = taskId;
    c.kind = kind;
    c.sentOn = Date.valueOf(day);
    em.persist(c);
    em.flush();
    return true;
  }
}

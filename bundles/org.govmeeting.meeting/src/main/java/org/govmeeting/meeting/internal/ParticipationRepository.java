package org.govmeeting.meeting.internal;

import java.util.List;
import javax.persistence.EntityManager;

/** Who is invited to a meeting and who is excused from it, in the order they were recorded. */
final class ParticipationRepository {
  static final String INVITED = "INVITED";
  static final String ABSENT = "ABSENT";

  private ParticipationRepository() {}

  static List<String> people(EntityManager em, long meetingId, String kind) {
    return em.createQuery(
            "select p.personId from ParticipationRecord p where p.meetingId = :m and p.kind = :k"
                + " order by p.id",
            String.class)
        .setParameter("m", meetingId)
        .setParameter("k", kind)
        .getResultList();
  }

  /** Records the person once; recording them again changes nothing. */
  static void add(EntityManager em, long meetingId, String personId, String kind) {
    if (!people(em, meetingId, kind).contains(personId)) {
      ParticipationRecord p = new ParticipationRecord();
      p.meetingId = meetingId;
      p.personId = personId;
      p.kind = kind;
      em.persist(p);
    }
  }
}

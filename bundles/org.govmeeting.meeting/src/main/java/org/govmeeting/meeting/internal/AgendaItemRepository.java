package org.govmeeting.meeting.internal;

import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;

/** What the Office set for the topics on a meeting's agenda: time limit (D1), confidentiality. */
final class AgendaItemRepository {
  /** One topic's settings, as read; a copy, never the entity. */
  record Setting(int timeLimitMinutes, boolean confidential) {}

  private AgendaItemRepository() {}

  /** The settings of the meeting's items, by topic. */
  static Map<Long, Setting> settings(EntityManager em, long meetingId) {
    Map<Long, Setting> out = new HashMap<>();
    for (AgendaItemRecord r :
        em.createQuery(
                "select a from AgendaItemRecord a where a.meetingId = :m", AgendaItemRecord.class)
            .setParameter("m", meetingId)
            .getResultList()) {
      out.put(r.topicId, new Setting(r.timeLimitMinutes, r.confidential));
    }
    return out;
  }

  static void put(
      EntityManager em, long meetingId, long topicId, int timeLimitMinutes, boolean confidential) {
    AgendaItemRecord r =
        em
            .createQuery(
                "select a from AgendaItemRecord a where a.meetingId = :m and a.topicId = :t",
                AgendaItemRecord.class)
            .setParameter("m", meetingId)
            .setParameter("t", topicId)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    if (r == null) {
      r = new AgendaItemRecord();
      r.meetingId = meetingId;
      r.topicId = topicId;
      em.persist(r);
    }
    r.timeLimitMinutes = timeLimitMinutes;
    r.confidential = confidential;
  }
}

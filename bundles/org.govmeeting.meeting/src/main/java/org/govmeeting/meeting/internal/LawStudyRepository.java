package org.govmeeting.meeting.internal;

import javax.persistence.EntityManager;
import org.govmeeting.api.meeting.LawStudy;

/** A meeting's law study (T1), one per meeting, keyed by the meeting. */
final class LawStudyRepository {
  private LawStudyRepository() {}

  static LawStudy find(EntityManager em, long meetingId) {
    LawStudyRecord r = em.find(LawStudyRecord.class, meetingId);
    return r == null ? null : toLawStudy(r);
  }

  static void put(
      EntityManager em,
      long meetingId,
      LawStudy.Area area,
      String subject,
      String material,
      String leaderId) {
    LawStudyRecord r = em.find(LawStudyRecord.class, meetingId);
    if (r == null) {
      r = new LawStudyRecord();
      r.meetingId = meetingId;
      em.persist(r);
    }
    r.area = area;
    r.subject = subject;
    r.material = material;
    r.leaderId = leaderId;
  }

  private static LawStudy toLawStudy(LawStudyRecord r) {
    LawStudy out = new LawStudy();
    out.area = r.area;
    out.subject = r.subject;
    out.material = r.material;
    out.leaderId = r.leaderId;
    return out;
  }
}

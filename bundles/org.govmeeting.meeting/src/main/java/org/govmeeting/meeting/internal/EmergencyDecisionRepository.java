package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.govmeeting.api.event.EmergencyEvents;

/**
 * The planner's copy of the emergency decisions (S2): kept from supervision's announcements, read
 * for the agenda, marked reported by the closing meeting. The methods work inside the running
 * transaction.
 */
final class EmergencyDecisionRepository {
  /** An emergency decision as the agenda shows it; a copy, never the entity. */
  record Emergency(long id, String what, String decidedBy, Instant decidedAt) {}

  private EmergencyDecisionRepository() {}

  /**
   * Keeps an announced decision. Told again (a second delivery, an announcement of what an earlier
   * build recorded), it keeps what it has, save a report it did not know of.
   */
  static void keep(EntityManager em, EmergencyEvents.Decided d) {
    EmergencyDecisionRecord r = em.find(EmergencyDecisionRecord.class, d.emergencyDecisionId());
    if (r == null) {
      r = new EmergencyDecisionRecord();
      r.id = d.emergencyDecisionId();
      r.what = d.what();
      r.decidedBy = d.decidedBy();
      r.decidedAt = Timestamp.from(d.decidedAt());
      r.reportedAtMeetingId = d.reportedAtMeetingId();
      em.persist(r);
    } else if (r.reportedAtMeetingId == null) {
      r.reportedAtMeetingId = d.reportedAtMeetingId();
    }
  }

  /** Not yet reported to any meeting and taken before the given time, oldest first. */
  static List<Emergency> unreported(EntityManager em, Instant before) {
    return em
        .createQuery(
            "select e from EmergencyDecisionRecord e where e.reportedAtMeetingId is null"
                + " and e.decidedAt < :b order by e.decidedAt, e.id",
            EmergencyDecisionRecord.class)
        .setParameter("b", Timestamp.from(before))
        .getResultList()
        .stream()
        .map(r -> new Emergency(r.id, r.what, r.decidedBy, r.decidedAt.toInstant()))
        .toList();
  }

  /**
   * The emergency reports on a meeting's agenda: not reported to any meeting, or reported to this
   * one, and taken before it was scheduled; oldest first.
   */
  static List<Emergency> onAgenda(EntityManager em, long meetingId, Instant scheduledAt) {
    return em
        .createQuery(
            "select e from EmergencyDecisionRecord e where (e.reportedAtMeetingId is null"
                + " or e.reportedAtMeetingId = :m) and e.decidedAt < :b order by e.decidedAt, e.id",
            EmergencyDecisionRecord.class)
        .setParameter("m", meetingId)
        .setParameter("b", Timestamp.from(scheduledAt))
        .getResultList()
        .stream()
        .map(r -> new Emergency(r.id, r.what, r.decidedBy, r.decidedAt.toInstant()))
        .toList();
  }

  /** What the meeting did with each emergency report it heard or missed, by decision id. */
  static Map<Long, EmergencyHearingRecord> hearings(EntityManager em, long meetingId) {
    Map<Long, EmergencyHearingRecord> out = new HashMap<>();
    for (EmergencyHearingRecord h :
        em.createQuery(
                "select h from EmergencyHearingRecord h where h.meetingId = :m",
                EmergencyHearingRecord.class)
            .setParameter("m", meetingId)
            .getResultList()) {
      out.put(h.emergencyId, h);
    }
    return out;
  }

  /** Records what a meeting did with an emergency report: heard (who reported) or missed. */
  static void record(
      EntityManager em,
      long emergencyId,
      long meetingId,
      String reporterId,
      String recordedBy,
      Instant at) {
    EmergencyHearingRecord h = new EmergencyHearingRecord();
    h.emergencyId = emergencyId;
    h.meetingId = meetingId;
    h.heard = reporterId != null;
    h.reporterId = reporterId;
    h.recordedBy = recordedBy;
    h.recordedAt = Timestamp.from(at);
    em.persist(h);
  }

  /**
   * Marks a decision reported to the meeting; false if it was reported already (the first meeting
   * that heard it stays its meeting) or is not known here.
   */
  static boolean reported(EntityManager em, long id, long meetingId) {
    EmergencyDecisionRecord r = em.find(EmergencyDecisionRecord.class, id);
    if (r == null || r.reportedAtMeetingId != null) {
      return false;
    }
    r.reportedAtMeetingId = meetingId;
    return true;
  }
}

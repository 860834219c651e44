package org.govmeeting.supervision.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.supervision.EmergencyDecision;

/** Emergency decisions (S2), each with the meeting it was reported to once it was. */
final class EmergencyRepository {
  private EmergencyRepository() {}

  /** Stores a checked decision; flushed, so that the decision handed back carries its id. */
  static EmergencyDecision add(
      EntityManager em,
      EmergencyDecision d,
      String what,
      String whyNoMeeting,
      String decidedBy,
      String recordedBy) {
    EmergencyRecord r = new EmergencyRecord();
    r.what = what;
    r.whyNoMeeting = whyNoMeeting;
    r.means = d.means;
    r.decidedBy = decidedBy;
    r.countersignedBy = d.countersignedBy == null ? null : String.join(",", d.countersignedBy);
    r.decidedAt = Timestamp.from(d.decidedAt);
    r.recordedBy = recordedBy;
    em.persist(r);
    em.flush();
    return toEmergency(r);
  }

  /** A decision as the planner's copy takes it, through the outbox. */
  static EmergencyEvents.Decided decided(EmergencyRecord r) {
    return new EmergencyEvents.Decided(
        r.id, r.what, r.decidedBy, r.decidedAt.toInstant(), r.reportedAtMeetingId);
  }

  static List<EmergencyDecision> all(EntityManager em) {
    return em
        .createQuery(
            "select e from EmergencyRecord e order by e.decidedAt desc", EmergencyRecord.class)
        .getResultList()
        .stream()
        .map(EmergencyRepository::toEmergency)
        .collect(Collectors.toList());
  }

  /**
   * The first meeting a decision was reported to stays its meeting; so a second delivery changes
   * nothing.
   */
  static void reported(EntityManager em, long id, long meetingId) {
    EmergencyRecord r = em.find(EmergencyRecord.class, id);
    if (r != null && r.reportedAtMeetingId == null) {
      r.reportedAtMeetingId = meetingId;
    }
  }

  private static EmergencyDecision toEmergency(EmergencyRecord r) {
    EmergencyDecision d = new EmergencyDecision();
    d.id = r.id;
    d.what = r.what;
    d.whyNoMeeting = r.whyNoMeeting;
    d.means = r.means;
    d.decidedBy = r.decidedBy;
    d.countersignedBy =
        r.countersignedBy == null ? List.of() : Arrays.asList(r.countersignedBy.split(","));
    d.decidedAt = r.decidedAt.toInstant();
    d.recordedBy = r.recordedBy;
    d.reportedAtMeetingId = r.reportedAtMeetingId;
    d.flagged = r.reportedAtMeetingId == null;
    return d;
  }
}

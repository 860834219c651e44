package org.govmeeting.supervision.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    r.heardBy = d.heardBy == null || d.heardBy.isEmpty() ? null : String.join(",", d.heardBy);
    r.decidedAt = Timestamp.from(d.decidedAt);
    r.recordedBy = recordedBy;
    em.persist(r);
    em.flush();
    return toEmergency(em, r);
  }

  static EmergencyRecord find(EntityManager em, long id) {
    return em.find(EmergencyRecord.class, id);
  }

  static EmergencyDecision view(EntityManager em, EmergencyRecord r) {
    return toEmergency(em, r);
  }

  static boolean signed(EntityManager em, long id, String personId) {
    return !em.createQuery(
            "select s.id from EmergencySignatureRecord s where s.emergencyId = :e"
                + " and s.personId = :p",
            Long.class)
        .setParameter("e", id)
        .setParameter("p", personId)
        .getResultList()
        .isEmpty();
  }

  static void sign(EntityManager em, long id, String personId, Timestamp at) {
    EmergencySignatureRecord s = new EmergencySignatureRecord();
    s.emergencyId = id;
    s.personId = personId;
    s.signedAt = at;
    em.persist(s);
    em.flush();
  }

  /** A decision as the planner's copy takes it, through the outbox. */
  static EmergencyEvents.Decided decided(EmergencyRecord r) {
    return new EmergencyEvents.Decided(
        r.id, r.what, r.decidedBy, r.decidedAt.toInstant(), r.reportedAtMeetingId);
  }

  static List<EmergencyDecision> all(EntityManager em) {
    // Every decision's countersignatures in one read, not one read per decision.
    Map<Long, List<EmergencySignatureRecord>> signatures =
        em
            .createQuery(
                "select s from EmergencySignatureRecord s order by s.id",
                EmergencySignatureRecord.class)
            .getResultList()
            .stream()
            .collect(Collectors.groupingBy(s -> s.emergencyId));
    return em
        .createQuery(
            "select e from EmergencyRecord e order by e.decidedAt desc", EmergencyRecord.class)
        .getResultList()
        .stream()
        .map(r -> toEmergency(r, signatures.getOrDefault(r.id, List.of())))
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

  private static EmergencyDecision toEmergency(EntityManager em, EmergencyRecord r) {
    return toEmergency(
        r,
        em.createQuery(
                "select s from EmergencySignatureRecord s where s.emergencyId = :e order by s.id",
                EmergencySignatureRecord.class)
            .setParameter("e", r.id)
            .getResultList());
  }

  private static EmergencyDecision toEmergency(
      EmergencyRecord r, List<EmergencySignatureRecord> signatures) {
    EmergencyDecision d = new EmergencyDecision();
    d.id = r.id;
    d.what = r.what;
    d.whyNoMeeting = r.whyNoMeeting;
    d.means = r.means;
    d.decidedBy = r.decidedBy;
    d.countersignedBy =
        r.countersignedBy == null ? List.of() : Arrays.asList(r.countersignedBy.split(","));
    d.heardBy = r.heardBy == null ? List.of() : Arrays.asList(r.heardBy.split(","));
    d.countersignatures =
        signatures.stream()
            .map(
                s -> {
                  EmergencyDecision.Countersignature c = new EmergencyDecision.Countersignature();
                  c.personId = s.personId;
                  c.signedAt = s.signedAt.toInstant();
                  return c;
                })
            .collect(Collectors.toList());
    d.countersigned =
        r.means == EmergencyDecision.Means.COUNTERSIGNATURE
            && d.countersignatures.stream()
                .map(c -> c.personId)
                .collect(Collectors.toSet())
                .containsAll(d.countersignedBy);
    d.decidedAt = r.decidedAt.toInstant();
    d.recordedBy = r.recordedBy;
    d.reportedAtMeetingId = r.reportedAtMeetingId;
    d.flagged = r.reportedAtMeetingId == null;
    return d;
  }
}

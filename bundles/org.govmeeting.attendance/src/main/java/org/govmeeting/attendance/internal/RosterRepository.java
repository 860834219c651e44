package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.govmeeting.api.attendance.RosterEntry;

/**
 * What is stored of a meeting's roster: each person's sign-in (M4) and departure. The roster's
 * other entries come from the directory, the invitations and the approved leave, each time.
 */
final class RosterRepository {
  private RosterRepository() {}

  static List<SignInRecord> signIns(EntityManager em, long meetingId) {
    return em.createQuery(
            "select s from SignInRecord s where s.meetingId = :m order by s.id", SignInRecord.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  static boolean signedIn(EntityManager em, long meetingId, String personId) {
    return signIns(em, meetingId).stream().anyMatch(s -> s.personId.equals(personId));
  }

  /** The person's sign-in while they are in the room. */
  static Optional<SignInRecord> present(EntityManager em, long meetingId, String personId) {
    return signIns(em, meetingId).stream()
        .filter(s -> s.personId.equals(personId) && s.leftAt == null)
        .findFirst();
  }

  static void signIn(
      EntityManager em, long meetingId, String personId, String by, Instant at, boolean late) {
    SignInRecord s = new SignInRecord();
    s.meetingId = meetingId;
    s.personId = personId;
    s.signedInAt = Timestamp.from(at);
    s.signedInBy = by;
    s.late = late;
    em.persist(s);
  }

  static void left(SignInRecord s, String recordedBy, Instant at) {
    s.leftAt = Timestamp.from(at);
    s.leftRecordedBy = recordedBy;
  }

  /** Shows the sign-in, and the departure if any, on the person's roster entry. */
  static void mark(RosterEntry e, SignInRecord s) {
    e.state = s.leftAt == null ? RosterEntry.State.SIGNED_IN : RosterEntry.State.LEFT;
    e.signedInAt = s.signedInAt.toInstant();
    e.signedInBy = s.signedInBy;
    e.late = s.late;
    e.leftAt = s.leftAt == null ? null : s.leftAt.toInstant();
  }
}

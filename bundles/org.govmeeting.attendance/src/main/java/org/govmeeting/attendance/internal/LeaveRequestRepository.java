package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;

/** Leave requests (K1) and requests to leave midway (K2), with their decisions. */
final class LeaveRequestRepository {
  private LeaveRequestRepository() {}

  /** Whether the person has a request of this kind that was not refused. */
  static boolean asked(EntityManager em, long meetingId, String personId, LeaveRequest.Kind kind) {
    return !em.createQuery(
            "select r.id from LeaveRequestRecord r where r.meetingId = :m and"
                + " r.personId = :p and r.kind = :k and r.state <> :refused",
            Long.class)
        .setParameter("m", meetingId)
        .setParameter("p", personId)
        .setParameter("k", kind)
        .setParameter("refused", LeaveRequest.State.REFUSED)
        .getResultList()
        .isEmpty();
  }

  /** Stores a pending request; flushed, so that the request handed back carries its id. */
  static LeaveRequest add(
      EntityManager em,
      long meetingId,
      String personId,
      LeaveRequest in,
      String reason,
      Role approver,
      Instant now) {
    LeaveRequestRecord r = new LeaveRequestRecord();
    r.meetingId = meetingId;
    r.kind = in.kind;
    r.personId = personId;
    r.reason = reason;
    r.written = in.written;
    r.delegateId = in.delegateId;
    r.state = LeaveRequest.State.PENDING;
    r.requestedAt = Timestamp.from(now);
    r.approverRole = approver;
    em.persist(r);
    em.flush();
    return toRequest(r);
  }

  static LeaveRequestRecord find(EntityManager em, long requestId) {
    LeaveRequestRecord r = em.find(LeaveRequestRecord.class, requestId);
    if (r == null) {
      throw new NotFoundException("请假申请", "leave request", String.valueOf(requestId));
    }
    return r;
  }

  /** Records the decision; a decided request is never decided again (the caller checks). */
  static LeaveRequest decide(
      LeaveRequestRecord r, boolean approve, String decidedBy, String note, Instant now) {
    r.state = approve ? LeaveRequest.State.APPROVED : LeaveRequest.State.REFUSED;
    r.decidedBy = decidedBy;
    r.decidedAt = Timestamp.from(now);
    r.decisionNote = note;
    return toRequest(r);
  }

  static List<LeaveRequest> approved(EntityManager em, long meetingId, LeaveRequest.Kind kind) {
    return em
        .createQuery(
            "select r from LeaveRequestRecord r where r.meetingId = :m and r.kind = :k"
                + " and r.state = :s order by r.id",
            LeaveRequestRecord.class)
        .setParameter("m", meetingId)
        .setParameter("k", kind)
        .setParameter("s", LeaveRequest.State.APPROVED)
        .getResultList()
        .stream()
        .map(LeaveRequestRepository::toRequest)
        .collect(Collectors.toList());
  }

  /** The meeting's requests: all of them, or only the person's. */
  static List<LeaveRequest> of(EntityManager em, long meetingId, boolean all, String personId) {
    TypedQuery<LeaveRequestRecord> q =
        em.createQuery(
                "select r from LeaveRequestRecord r where r.meetingId = :m"
                    + (all ? "" : " and r.personId = :p")
                    + " order by r.id",
                LeaveRequestRecord.class)
            .setParameter("m", meetingId);
    if (!all) {
      q.setParameter("p", personId);
    }
    return q.getResultList().stream()
        .map(LeaveRequestRepository::toRequest)
        .collect(Collectors.toList());
  }

  private static LeaveRequest toRequest(LeaveRequestRecord r) {
    LeaveRequest out = new LeaveRequest();
    out.id = r.id;
    out.meetingId = r.meetingId;
    out.kind = r.kind;
    out.personId = r.personId;
    out.reason = r.reason;
    out.written = r.written;
    out.delegateId = r.delegateId;
    out.state = r.state;
    out.requestedAt = r.requestedAt.toInstant();
    out.approverRole = r.approverRole.name();
    out.decidedBy = r.decidedBy;
    out.decidedAt = r.decidedAt == null ? null : r.decidedAt.toInstant();
    out.decisionNote = r.decisionNote;
    return out;
  }
}

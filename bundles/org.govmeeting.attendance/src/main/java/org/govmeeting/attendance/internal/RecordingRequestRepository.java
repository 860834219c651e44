package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.rule.Clause;

/** Requests to record or photograph the meeting (K3), with the chair's decision. */
final class RecordingRequestRepository {
  private RecordingRequestRepository() {}

  /** Stores a pending request; flushed, so that the request handed back carries its id. */
  static RecordingRequest add(EntityManager em, long meetingId, String personId, String purpose) {
    RecordingRecord r = new RecordingRecord();
    r.meetingId = meetingId;
    r.personId = personId;
    r.purpose = purpose;
    r.state = LeaveRequest.State.PENDING;
    em.persist(r);
    em.flush();
    return toRequest(r);
  }

  /** Records the decision on a pending request; a decided one is never decided again. */
  static RecordingRequest decide(
      EntityManager em, long requestId, boolean approve, String decidedBy, Instant now) {
    RecordingRecord r = em.find(RecordingRecord.class, requestId);
    if (r == null) {
      throw new NotFoundException("录音录像申请", "recording request", String.valueOf(requestId));
    }
    if (r.state != LeaveRequest.State.PENDING) {
      throw new ConflictException(
          Clause.K3, "该申请已经审批（" + Chinese.of(r.state) + "）", "already " + r.state);
    }
    r.state = approve ? LeaveRequest.State.APPROVED : LeaveRequest.State.REFUSED;
    r.decidedBy = decidedBy;
    r.decidedAt = Timestamp.from(now);
    return toRequest(r);
  }

  static List<RecordingRequest> of(EntityManager em, long meetingId) {
    return em
        .createQuery(
            "select r from RecordingRecord r where r.meetingId = :m order by r.id",
            RecordingRecord.class)
        .setParameter("m", meetingId)
        .getResultList()
        .stream()
        .map(RecordingRequestRepository::toRequest)
        .collect(Collectors.toList());
  }

  private static RecordingRequest toRequest(RecordingRecord r) {
    RecordingRequest out = new RecordingRequest();
    out.id = r.id;
    out.meetingId = r.meetingId;
    out.personId = r.personId;
    out.purpose = r.purpose;
    out.state = r.state;
    out.decidedBy = r.decidedBy;
    out.decidedAt = r.decidedAt == null ? null : r.decidedAt.toInstant();
    return out;
  }
}

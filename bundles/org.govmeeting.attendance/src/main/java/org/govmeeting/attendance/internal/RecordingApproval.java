package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/** K3: anyone may ask to record or photograph the meeting; only the chair allows it. */
final class RecordingApproval {
  private final JpaTemplate jpa;
  private final Roster roster;
  private final Clock clock;

  RecordingApproval(JpaTemplate jpa, Roster roster, Clock clock) {
    this.jpa = jpa;
    this.roster = roster;
    this.clock = clock;
  }

  RecordingRequest request(long meetingId, String purpose, Actor actor) {
    roster.meeting(meetingId);
    String why = ValidationException.requireText("purpose", purpose, "录音录像的用途");
    return jpa.txExpr(
        TransactionType.Required,
        em -> RecordingRequestRepository.add(em, meetingId, actor.personId(), why));
  }

  // rule: K3 — no recording or photography without the chair's approval
  RecordingRequest decide(long requestId, boolean approve, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.K3, "会议录音、录像、拍照须经会议主持人批准", "the chair decides on recording and photography");
    }
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> RecordingRequestRepository.decide(em, requestId, approve, actor.personId(), now));
  }

  List<RecordingRequest> requests(long meetingId) {
    return jpa.txExpr(TransactionType.Required, em -> RecordingRequestRepository.of(em, meetingId));
  }
}

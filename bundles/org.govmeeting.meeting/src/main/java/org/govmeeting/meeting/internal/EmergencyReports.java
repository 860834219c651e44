package org.govmeeting.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * Emergency decisions (S2) as the planner follows them: supervision announces each in the act that
 * records it ({@link Events#EMERGENCY_DECIDED}), the planner keeps its own copy for the next
 * meeting's agenda, the Government Office records in session that the meeting heard a report, and
 * the meeting that closes marks the reports it heard reported and tells supervision in the same act
 * ({@link Events#EMERGENCY_REPORTED}); those it did not hear are recorded as missed and stay on the
 * next agenda. The planner never calls supervision, which calls the planner (notices).
 */
final class EmergencyReports {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  EmergencyReports(
      JpaTemplate jpa, Directory directory, Consumer<Map<String, Object>> announce, Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.announce = announce;
    this.clock = clock;
  }

  /** Supervision recorded, or announced once, an emergency decision. */
  void decided(EmergencyEvents.Decided d) {
    jpa.tx(TransactionType.Required, em -> EmergencyDecisionRepository.keep(em, d));
  }

  // rule: S2 — it counts as reported only when the meeting actually took the report as an item:
  // the Office records it in session, with who gave it
  void hear(long meetingId, long emergencyId, String reporterId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    if (reporterId != null && directory.person(reporterId).isEmpty()) {
      throw new ValidationException(
          "reporterId",
          Clause.S2,
          "报告人“" + reporterId + "”不在人员名录中",
          "the reporter " + reporterId + " is not in the directory");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          // Locked first: a report is never heard by a meeting that is closing at that moment.
          em.find(MeetingRecord.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
          MeetingRecord m = MeetingRepository.inSession(em, meetingId);
          EmergencyDecisionRepository.Emergency e =
              EmergencyDecisionRepository.onAgenda(em, meetingId, m.scheduledAt.toInstant())
                  .stream()
                  .filter(x -> x.id() == emergencyId)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new NotFoundException(
                              "本次会议议程中的临机处置事项报告",
                              "emergency report on this meeting's agenda",
                              String.valueOf(emergencyId)));
          if (EmergencyDecisionRepository.hearings(em, meetingId).containsKey(emergencyId)) {
            throw new ConflictException(
                Clause.S2, "本次会议已听取该事项的报告", "this meeting has heard this report already");
          }
          EmergencyDecisionRepository.record(
              em,
              emergencyId,
              meetingId,
              reporterId == null ? e.decidedBy() : reporterId,
              actor.personId(),
              now);
        });
  }

  // rule: S2 — reported to the next meeting: the reports it heard are marked when it closes, and
  // those it did not hear are recorded as missed and stay for the meeting after
  void closing(EntityManager em, MeetingRecord m, List<Long> onAgenda, Actor actor) {
    Map<Long, EmergencyHearingRecord> heard = EmergencyDecisionRepository.hearings(em, m.id);
    Instant now = clock.instant();
    for (long id : onAgenda) {
      EmergencyHearingRecord h = heard.get(id);
      if (h == null) {
        EmergencyDecisionRepository.record(em, id, m.id, null, actor.personId(), now);
      } else if (h.heard && EmergencyDecisionRepository.reported(em, id, m.id)) {
        Map<String, Object> e = new HashMap<>(new EmergencyEvents.Reported(id, m.id).payload());
        e.put("event.topics", Events.EMERGENCY_REPORTED);
        announce.accept(e);
      }
    }
  }
}

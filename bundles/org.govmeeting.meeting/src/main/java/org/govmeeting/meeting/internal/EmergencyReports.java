package org.govmeeting.meeting.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.event.Events;

/**
 * Emergency decisions (S2) as the planner follows them: supervision announces each in the act that
 * records it ({@link Events#EMERGENCY_DECIDED}), the planner keeps its own copy for the next
 * meeting's agenda, and the meeting that closes having heard them marks them reported here and
 * tells supervision in the same act ({@link Events#EMERGENCY_REPORTED}). The planner never calls
 * supervision, which calls the planner (notices).
 */
final class EmergencyReports {
  private final JpaTemplate jpa;
  private final Consumer<Map<String, Object>> announce;

  EmergencyReports(JpaTemplate jpa, Consumer<Map<String, Object>> announce) {
    this.jpa = jpa;
    this.announce = announce;
  }

  /** Supervision recorded, or announced once, an emergency decision. */
  void decided(EmergencyEvents.Decided d) {
    jpa.tx(TransactionType.Required, em -> EmergencyDecisionRepository.keep(em, d));
  }

  // rule: S2 — reported to the next meeting: marked when the meeting that heard them closes
  void reported(EntityManager em, List<Long> ids, long meetingId) {
    for (long id : ids) {
      if (EmergencyDecisionRepository.reported(em, id, meetingId)) {
        Map<String, Object> e =
            new HashMap<>(new EmergencyEvents.Reported(id, meetingId).payload());
        e.put("event.topics", Events.EMERGENCY_REPORTED);
        announce.accept(e);
      }
    }
  }
}

package org.govmeeting.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.EmergencyDecision;

/**
 * Emergency decisions (S2), taken when no meeting could be held in time: recorded, flagged, and
 * reported to the next executive meeting. The planner learns of each in the act that records it
 * (the outbox's {@link Events#EMERGENCY_DECIDED}) and puts it on that meeting's agenda; the closing
 * meeting tells this module back ({@link Events#EMERGENCY_REPORTED}, see {@link
 * EmergencyReportsComponent}).
 */
final class EmergencyDecisionRegister {
  private final JpaTemplate jpa;
  private final BiConsumer<String, Map<String, ?>> publish;

  EmergencyDecisionRegister(JpaTemplate jpa, BiConsumer<String, Map<String, ?>> publish) {
    this.jpa = jpa;
    this.publish = publish;
  }

  // rule: S2 — decided by countersignature or oral report, reported to the next meeting
  EmergencyDecision record(EmergencyDecision d, Actor actor) {
    actor.actingAs(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    if (d == null || d.means == null) {
      throw new ValidationException(
          "means",
          Clause.S2,
          "请选择决定方式：会签（COUNTERSIGNATURE）或口头报告（ORAL_REPORT）",
          "COUNTERSIGNATURE or ORAL_REPORT");
    }
    String what = ValidationException.requireText("what", d.what, "决定事项");
    String why = ValidationException.requireText("whyNoMeeting", d.whyNoMeeting, "未提交会议研究的原因");
    String decidedBy = ValidationException.requireText("decidedBy", d.decidedBy, "决定人");
    if (d.means == EmergencyDecision.Means.COUNTERSIGNATURE
        && (d.countersignedBy == null || d.countersignedBy.isEmpty())) {
      throw new ValidationException(
          "countersignedBy", Clause.S2, "请填写参加会签的领导", "name the leaders who countersigned");
    }
    if (d.decidedAt == null) {
      throw new ValidationException("decidedAt", Clause.S2, "请填写作出决定的时间", "when it was decided");
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          EmergencyDecision added =
              EmergencyRepository.add(em, d, what, why, decidedBy, actor.personId());
          // In the act: the planner's copy is written with the record, or neither is.
          publish.accept(
              Events.EMERGENCY_DECIDED,
              EmergencyRepository.decided(em.find(EmergencyRecord.class, added.id)).payload());
          return added;
        });
  }

  List<EmergencyDecision> all() {
    return jpa.txExpr(TransactionType.Required, EmergencyRepository::all);
  }
}

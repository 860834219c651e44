package org.govmeeting.supervision.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violations;
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
  private final Directory directory;
  private final BiConsumer<String, Map<String, ?>> publish;
  private final Clock clock;

  EmergencyDecisionRegister(
      JpaTemplate jpa,
      Directory directory,
      BiConsumer<String, Map<String, ?>> publish,
      Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.publish = publish;
    this.clock = clock;
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
    if (d.means == EmergencyDecision.Means.ORAL_REPORT
        && (d.heardBy == null || d.heardBy.isEmpty())) {
      throw new ValidationException(
          "heardBy", Clause.S2, "请填写听取口头报告的领导", "name the leaders who heard the report");
    }
    if (d.decidedAt == null) {
      throw new ValidationException("decidedAt", Clause.S2, "请填写作出决定的时间", "when it was decided");
    }
    // rule: S2 — everyone named is a person of the directory, so each can be held to it
    Violations unknown = new Violations();
    known(unknown, "decidedBy", List.of(decidedBy));
    if (d.means == EmergencyDecision.Means.COUNTERSIGNATURE) {
      known(unknown, "countersignedBy", d.countersignedBy);
      d.heardBy = null;
    } else {
      known(unknown, "heardBy", d.heardBy);
      d.countersignedBy = null;
    }
    unknown.throwIfAny();
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

  private void known(Violations v, String field, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null || directory.person(id).isEmpty()) {
        v.add(
            ids.size() > 1 || !field.equals("decidedBy") ? field + "[" + i + "]" : field,
            Clause.S2,
            "“" + id + "”不在本区名册中",
            "no such person: " + id);
      }
    }
  }

  // rule: S2 — each countersigner signs the decision themselves, once
  EmergencyDecision countersign(long id, Actor actor) {
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          EmergencyRecord r = EmergencyRepository.find(em, id);
          if (r == null) {
            throw new NotFoundException("临机处置事项", "emergency decision", String.valueOf(id));
          }
          EmergencyDecision d = EmergencyRepository.view(em, r);
          if (d.means != EmergencyDecision.Means.COUNTERSIGNATURE
              || !d.countersignedBy.contains(actor.personId())) {
            throw new AccessDeniedException(
                Clause.S2,
                "您不在该事项的会签人之列",
                "you are not among the leaders who countersign this decision");
          }
          if (EmergencyRepository.signed(em, id, actor.personId())) {
            throw new ConflictException(Clause.S2, "您已会签该事项", "you countersigned it already");
          }
          EmergencyRepository.sign(em, id, actor.personId(), Timestamp.from(now));
          return EmergencyRepository.view(em, r);
        });
  }

  List<EmergencyDecision> all() {
    return jpa.txExpr(TransactionType.Required, EmergencyRepository::all);
  }
}

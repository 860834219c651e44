package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * The Office records breaches of the meeting's discipline (K2, K3) beside those that sign-in and
 * departure record themselves.
 */
final class Discipline {
  private final JpaTemplate jpa;
  private final Roster roster;
  private final Clock clock;

  Discipline(JpaTemplate jpa, Roster roster, Clock clock) {
    this.jpa = jpa;
    this.roster = roster;
    this.clock = clock;
  }

  // rule: K3 — unauthorised recording and disclosure are recorded
  DisciplineEntry record(long meetingId, DisciplineEntry in, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    roster.meeting(meetingId);
    if (in == null || in.kind == null) {
      throw new ValidationException("kind", Clause.K2, "请选择违反会议纪律的情形", "what happened");
    }
    String who = ValidationException.requireText("personId", in.personId, "当事人");
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            DisciplineRepository.shown(
                em,
                DisciplineRepository.add(
                    em, meetingId, who, in.kind, in.note, actor.personId(), now)));
  }

  List<DisciplineEntry> entries(long meetingId) {
    return jpa.txExpr(TransactionType.Required, em -> DisciplineRepository.of(em, meetingId));
  }
}

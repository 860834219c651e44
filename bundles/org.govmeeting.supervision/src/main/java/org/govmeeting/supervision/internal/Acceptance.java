package org.govmeeting.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.Task;

/** The Government Office's acceptance of a reported completion, or sending it back (I1). */
final class Acceptance {
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};

  private final JpaTemplate jpa;
  private final Clock clock;
  private final Supplier<ZoneId> zone;
  private final IntSupplier dueSoonDays;

  Acceptance(JpaTemplate jpa, Clock clock, Supplier<ZoneId> zone, IntSupplier dueSoonDays) {
    this.jpa = jpa;
    this.clock = clock;
    this.zone = zone;
    this.dueSoonDays = dueSoonDays;
  }

  // rule: I1 — closed only with the owner's completion report and the Office's acceptance
  Task accept(long taskId, boolean accept, String note, Actor actor) {
    actor.actingAs(OFFICE);
    if (!accept) {
      ValidationException.requireText("note", note, "退回理由");
    }
    Instant now = clock.instant();
    LocalDate today = SupervisionRules.today(now, zone.get());
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TaskRecord t = TaskRepository.find(em, taskId);
          if (t.state != Task.State.COMPLETION_REPORTED) {
            throw new ConflictException(
                Clause.I1, "责任单位尚未报告办结，不能验收", "the owner has not reported completion");
          }
          t.state = accept ? Task.State.CLOSED : Task.State.OPEN;
          TaskRepository.report(
              em, t, accept ? "ACCEPTED" : "SENT_BACK", note, null, null, actor.personId(), now);
          return TaskRepository.toTask(em, t, today, dueSoonDays.getAsInt());
        });
  }
}

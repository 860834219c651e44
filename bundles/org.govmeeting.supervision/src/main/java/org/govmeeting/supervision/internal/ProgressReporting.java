package org.govmeeting.supervision.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.Task;

/** The owning unit's reports on its task (I1): progress, files, and that it is done. */
final class ProgressReporting {
  /** As intake's default for material files (README, "Limits"). */
  static final long MAX_ATTACHMENT = 20L * 1024 * 1024;

  private final JpaTemplate jpa;
  private final Directory directory;
  private final Clock clock;
  private final IntSupplier dueSoonDays;

  ProgressReporting(JpaTemplate jpa, Directory directory, Clock clock, IntSupplier dueSoonDays) {
    this.jpa = jpa;
    this.directory = directory;
    this.clock = clock;
    this.dueSoonDays = dueSoonDays;
  }

  Task reportProgress(long taskId, String text, Integer percent, String milestone, Actor actor) {
    ValidationException.requireText("text", text, "进展情况");
    if (percent != null && (percent < 0 || percent > 100)) {
      throw new ValidationException("percent", Clause.I1, "完成进度须在0至100之间", "between 0 and 100");
    }
    return report(taskId, actor, "PROGRESS", text, percent, milestone, Task.State.OPEN, null);
  }

  Task.Attachment attach(
      long taskId, String fileName, String contentType, InputStream content, Actor actor) {
    String name = ValidationException.requireFileName("name", fileName);
    Person me = reporter(actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          // Checked before the body is read: a refused caller's body is never stored.
          TaskRecord t = owned(em, taskId, me);
          return TaskRepository.attach(
              em, t.id, name, contentType, content, MAX_ATTACHMENT, actor.personId(), now);
        });
  }

  Task reportCompletion(long taskId, String text, Actor actor) {
    ValidationException.requireText("text", text, "办结情况");
    return report(
        taskId,
        actor,
        "COMPLETION",
        text,
        100,
        null,
        Task.State.OPEN,
        Task.State.COMPLETION_REPORTED);
  }

  /** Records the report on a task in state {@code from}, moving it to {@code to} if given. */
  private Task report(
      long taskId,
      Actor actor,
      String kind,
      String text,
      Integer percent,
      String milestone,
      Task.State from,
      Task.State to) {
    Person me = reporter(actor);
    Instant now = clock.instant();
    LocalDate today = SupervisionRules.today(now, directory.zone());
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TaskRecord t = owned(em, taskId, me);
          if (t.state != from) {
            throw new ConflictException(
                Clause.I1,
                "该督办事项当前状态为“" + Chinese.of(t.state) + "”，不能报告",
                "the task is " + t.state);
          }
          if (to != null) {
            t.state = to;
          }
          TaskRepository.report(em, t, kind, text, percent, milestone, actor.personId(), now);
          return TaskRepository.toTask(em, t, today, dueSoonDays.getAsInt());
        });
  }

  private Person reporter(Actor actor) {
    return directory
        .person(actor.personId())
        .orElseThrow(() -> new AccessDeniedException("您不在本区名册中", "not in the directory"));
  }

  /** The task, if the reporter's unit owns it: co-units carry a task, its owner reports on it. */
  private static TaskRecord owned(EntityManager em, long taskId, Person me) {
    TaskRecord t = TaskRepository.find(em, taskId);
    if (!t.ownerUnitId.equals(me.unitId)) {
      throw new AccessDeniedException(
          Clause.I1, "督办事项由责任单位报告办理情况", "the owning unit reports on its task");
    }
    return t;
  }
}

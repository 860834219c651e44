package org.govmeeting.supervision.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.Task;
import org.govmeeting.api.topic.Page;

/**
 * Reading tasks and their files: unfiltered for the platform's own modules, and as a person may
 * read them (K3). Each task is mapped afresh from its records, so no caller shares another's.
 */
final class TaskReading {
  /** The most tasks a page holds. */
  static final int MAX_PAGE = 200;

  private final JpaTemplate jpa;
  private final RecordReaders readers;
  private final Directory directory;
  private final Clock clock;
  private final IntSupplier dueSoonDays;

  TaskReading(
      JpaTemplate jpa,
      RecordReaders readers,
      Directory directory,
      Clock clock,
      IntSupplier dueSoonDays) {
    this.jpa = jpa;
    this.readers = readers;
    this.directory = directory;
    this.clock = clock;
    this.dueSoonDays = dueSoonDays;
  }

  Task task(long id) {
    LocalDate today = SupervisionRules.today(clock.instant(), directory.zone());
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            TaskRepository.toTask(em, TaskRepository.find(em, id), today, dueSoonDays.getAsInt()));
  }

  Page<Task> tasks(Long meetingId, String unitId, Task.State state, int offset, int limit) {
    LocalDate today = SupervisionRules.today(clock.instant(), directory.zone());
    int days = dueSoonDays.getAsInt();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          Page<Task> page = page(offset, limit);
          page.total = TaskRepository.count(em, meetingId, unitId, state);
          page.items =
              TaskRepository.query(em, meetingId, unitId, state)
                  .setFirstResult(page.offset)
                  .setMaxResults(page.limit)
                  .getResultList()
                  .stream()
                  .map(t -> TaskRepository.toTask(em, t, today, days))
                  .collect(Collectors.toList());
          return page;
        });
  }

  // rule: K3 — a confidential or undecided item's tasks stay with those who may know of it
  Task task(long id, Actor actor) {
    Task t = task(id);
    if (!new TaskReaders(readers, directory, actor)
        .mayRead(t.meetingId, t.topicId, t.ownerUnitId, t.coUnitIds)) {
      throw new NotFoundException("督办事项", "task", String.valueOf(id));
    }
    return t;
  }

  Page<Task> tasks(
      Long meetingId, String unitId, Task.State state, int offset, int limit, Actor actor) {
    TaskReaders who = new TaskReaders(readers, directory, actor);
    // Filtered before paging, so that totals and pages count only what the reader may see.
    List<Long> visible =
        jpa
            .txExpr(
                TransactionType.Required,
                em -> TaskRepository.query(em, meetingId, unitId, state).getResultList())
            .stream()
            .filter(
                t -> who.mayRead(t.meetingId, t.topicId, t.ownerUnitId, TaskRepository.coUnits(t)))
            .map(t -> t.id)
            .collect(Collectors.toList());
    Page<Task> page = page(offset, limit);
    page.total = visible.size();
    List<Long> ids =
        visible.subList(
            Math.min(page.offset, visible.size()),
            (int) Math.min((long) page.offset + page.limit, visible.size()));
    LocalDate today = SupervisionRules.today(clock.instant(), directory.zone());
    page.items =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                ids.stream()
                    .map(
                        id ->
                            TaskRepository.toTask(
                                em, TaskRepository.find(em, id), today, dueSoonDays.getAsInt()))
                    .collect(Collectors.toList()));
    return page;
  }

  /** The description of a file of a task the actor may read; anyone else is told neither exists. */
  Task.Attachment attachment(long taskId, long attachmentId, Actor actor) {
    return TaskRepository.attachment(visibleAttachment(taskId, attachmentId, actor));
  }

  /** The file's bytes, after the same check; each row read in a short transaction of its own. */
  long writeAttachment(long taskId, long attachmentId, Actor actor, OutputStream out)
      throws IOException {
    AttachmentRecord a = visibleAttachment(taskId, attachmentId, actor);
    return Chunks.copy(
        seq ->
            jpa.txExpr(TransactionType.Required, em -> TaskRepository.chunk(em, a.contentKey, seq)),
        a.size,
        out);
  }

  private AttachmentRecord visibleAttachment(long taskId, long attachmentId, Actor actor) {
    task(taskId, actor);
    return jpa.txExpr(
        TransactionType.Required, em -> TaskRepository.attachmentRecord(em, taskId, attachmentId));
  }

  /** An empty page as asked for, within bounds: never before the first task, never unbounded. */
  private static Page<Task> page(int offset, int limit) {
    Page<Task> page = new Page<>();
    page.offset = Math.max(0, offset);
    page.limit = Math.max(1, Math.min(limit, MAX_PAGE));
    return page;
  }
}

package org.govmeeting.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.security.Actor;

/**
 * Reminders to the owning unit's head before a task's deadline, chasing notices (催办) after it (I1);
 * each at most once a task and day, however many nodes or rounds send them.
 */
final class RemindersAndChasing {
  private final JpaTemplate jpa;
  private final MeetingPlanner notices;
  private final Directory directory;
  private final IntSupplier dueSoonDays;

  /** The last round, for the operator's figures: when it ran, as of when, what it sent. */
  record Round(Instant ran, Instant asOf, int sent) {}

  private volatile Round last;

  RemindersAndChasing(
      JpaTemplate jpa, MeetingPlanner notices, Directory directory, IntSupplier dueSoonDays) {
    this.jpa = jpa;
    this.notices = notices;
    this.directory = directory;
    this.dueSoonDays = dueSoonDays;
  }

  // rule: I1 — reminders before the deadline, chasing (催办) after it
  int chase(Instant asOf, Actor actor) {
    LocalDate today = SupervisionRules.today(asOf, directory.zone());
    List<TaskRecord> open =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                TaskRepository.openDueBy(
                    em, SupervisionRules.dueSoonUntil(today, dueSoonDays.getAsInt())));
    int sent = 0;
    for (TaskRecord t : open) {
      boolean overdue = SupervisionRules.overdue(t.due.toLocalDate(), today);
      String kind = overdue ? "CHASE" : "REMINDER";
      if (!claim(t.id, kind, today)) {
        continue;
      }
      String head = directory.unit(t.ownerUnitId).map(u -> u.headId).orElse(null);
      if (head == null) {
        continue;
      }
      Notice n = new Notice();
      n.kind = overdue ? Notice.Kind.CHASE : Notice.Kind.REMINDER;
      n.meetingId = t.meetingId;
      n.topicId = t.topicId;
      n.recipientId = head;
      n.sentBy = actor.personId();
      n.text = text(t, overdue);
      notices.send(n);
      sent++;
    }
    last = new Round(Instant.now(), asOf, sent);
    return sent;
  }

  /** The last round that ran to its end in this process, if any. */
  java.util.Optional<Round> last() {
    return java.util.Optional.ofNullable(last);
  }

  private static String text(TaskRecord t, boolean overdue) {
    return (overdue ? "催办：" : "提醒：")
        + "区政府常务会议决定事项“"
        + t.what
        + "”"
        + (overdue ? "已逾期（时限 " + t.due + "），请立即报告办理情况。" : "将于 " + t.due + " 到期，请按时办结并报告。");
  }

  /** Records that a notice of this kind goes out for the task today; false if one already has. */
  private boolean claim(long taskId, String kind, LocalDate day) {
    try {
      return jpa.txExpr(
          TransactionType.Required, em -> ChaseRepository.claim(em, taskId, kind, day));
    } catch (PersistenceException e) {
      // Another node inserted the same claim since the look-up, and sends the notice. Inside an
      // act's transaction the act is lost with it; the look-up keeps that to such a race.
      return false;
    }
  }
}

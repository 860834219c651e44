package org.govmeeting.minutes.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * K3 in one place: who took part in a meeting, which items stay with them, who reads the papers.
 * The minutes, the deliberations, the tasks, the topic list and the attendance all ask here, so a
 * path that carries the same content cannot answer differently.
 */
final class Readers implements RecordReaders {
  private static final Set<Role> PAPER_KEEPERS =
      EnumSet.of(Role.MAYOR, Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

  /**
   * Reads the agenda's confidentiality marks on the record's behalf: the agenda answers only its
   * readers, and this question is asked for every reader, in or out.
   */
  private static final Actor RECORD =
      new Actor("govmeeting.minutes", "会议记录", Set.of(Role.SECRETARIAT));

  private final JpaTemplate jpa;
  private final AttendanceService attendance;
  private final MeetingPlanner planner;

  Readers(JpaTemplate jpa, AttendanceService attendance, MeetingPlanner planner) {
    this.jpa = jpa;
    this.attendance = attendance;
    this.planner = planner;
  }

  @Override
  public boolean participant(long meetingId, Actor actor) {
    return participants(meetingId).contains(actor.personId());
  }

  /**
   * The roster less those excused (K1): a delegate takes part in the place of whom they stand for.
   */
  Set<String> participants(long meetingId) {
    return attendance.attendance(meetingId).roster.stream()
        .filter(e -> e.state != RosterEntry.State.ON_LEAVE)
        .map(e -> e.personId)
        .collect(Collectors.toSet());
  }

  @Override
  public boolean restricted(long meetingId, long topicId) {
    Decision.Outcome outcome =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              ItemRecord r = ItemRepository.find(em, meetingId, topicId);
              return r == null ? null : r.outcome;
            });
    return outcome == null
        || outcome == Decision.Outcome.DEFERRED
        || confidential(meetingId, topicId);
  }

  boolean confidential(long meetingId, long topicId) {
    return confidentialTopics(meetingId).contains(topicId);
  }

  Set<Long> confidentialTopics(long meetingId) {
    return planner.agenda(meetingId, RECORD).items.stream()
        .filter(i -> i.confidential && i.topicId != null)
        .map(i -> i.topicId)
        .collect(Collectors.toSet());
  }

  @Override
  public void requirePapersReader(long meetingId, Actor actor) {
    if (!actor.hasAny(PAPER_KEEPERS) && !participant(meetingId, actor)) {
      throw new AccessDeniedException(
          Clause.K3,
          "会议文件仅供本次会议的参会人员、区政府办公室和区长查阅",
          "the meeting's papers are for its participants, the Office and the mayor");
    }
  }

  // rule: K3 — the record of what was said stays with those who were there and who keep it
  void requireRecordReader(long meetingId, Actor actor) {
    if (!actor.has(Role.SECRETARIAT) && !participant(meetingId, actor)) {
      throw new AccessDeniedException(
          Clause.K3,
          "会议记录仅供本次会议的参会人员和常务秘书室查阅",
          "the record of the meeting is for its participants and the secretariat");
    }
  }
}

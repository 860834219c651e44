package org.govmeeting.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * The mayor opens, closes or calls off the meeting (C1). Opening needs the law study (T1) and sends
 * the topics the agenda defers (S7) to the next meeting; closing marks the emergency reports it
 * heard as reported and those it did not as missed (S2), in the same transaction (see {@link
 * EmergencyReports}); calling off sends every approved topic on.
 */
final class MeetingSession {
  private final JpaTemplate jpa;
  private final TopicListService lists;
  private final AgendaPreparation agendas;
  private final EmergencyReports emergencies;
  private final Clock clock;

  MeetingSession(
      JpaTemplate jpa,
      TopicListService lists,
      AgendaPreparation agendas,
      EmergencyReports emergencies,
      Clock clock) {
    this.jpa = jpa;
    this.lists = lists;
    this.agendas = agendas;
    this.emergencies = emergencies;
    this.clock = clock;
  }

  Meeting begin(long meetingId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.C1, "常务会议由区长召集和主持", "the mayor convenes and chairs the meeting");
    }
    if (agendas.lawStudy(meetingId) == null) {
      throw new RuleViolationException(
          Clause.T1,
          "常务会议以集体学法开始，请先安排本次会议的学法内容",
          "the meeting opens with its law study; set it first");
    }
    Agenda agenda = agendas.build(MeetingRepository.get(jpa, meetingId));
    // The day it is held may differ from the day it was scheduled for; the minutes state the
    // former.
    Timestamp now = Timestamp.from(clock.instant());
    Meeting opened =
        MeetingRepository.change(
            jpa,
            meetingId,
            (em, m) -> {
              m.status = Meeting.Status.IN_SESSION;
              m.openedAt = now;
            });
    for (Agenda.Deferral d : agenda.deferred) {
      lists.defer(meetingId, d.topicId, d.reason, actor);
    }
    return opened;
  }

  Meeting close(long meetingId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(Clause.C1, "常务会议由区长主持", "the mayor chairs the meeting");
    }
    List<Long> onAgenda =
        agendas.build(MeetingRepository.get(jpa, meetingId)).items.stream()
            .filter(i -> i.kind == AgendaItem.Kind.EMERGENCY_REPORT)
            .map(i -> i.emergencyDecisionId)
            .collect(Collectors.toList());
    Meeting closed =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              // Locked first, so that no report is heard (EmergencyReports) while it closes.
              em.find(
                  MeetingRecord.class, meetingId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
              MeetingRecord m = MeetingRepository.inSession(em, meetingId);
              m.status = Meeting.Status.CLOSED;
              emergencies.closing(em, m, onAgenda, actor);
              return MeetingScheduler.toMeeting(m);
            });
    return closed;
  }

  Meeting cancel(long meetingId, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(
          Clause.C1, "只有区长可以召集或取消会议", "only the mayor convenes or calls off a meeting");
    }
    String why = ValidationException.requireText("reason", reason, "取消会议的理由");
    List<Long> listed = new ArrayList<>(agendas.approvedTopics(meetingId));
    Meeting cancelled =
        MeetingRepository.change(jpa, meetingId, (em, m) -> m.status = Meeting.Status.CANCELLED);
    for (Long topic : listed) {
      lists.defer(meetingId, topic, "meeting " + cancelled.number + " called off: " + why, actor);
    }
    return cancelled;
  }
}

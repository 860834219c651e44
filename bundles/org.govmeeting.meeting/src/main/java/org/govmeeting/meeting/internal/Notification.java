package org.govmeeting.meeting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;

/**
 * M1: once topics are fixed the Office tells the departments to prepare; once the time is fixed it
 * notifies every participant; each recipient acknowledges their own notices. Every notice stored is
 * also posted as {@link Events#NOTICE_SENT}, for a portal that pushes notices to recipients.
 */
final class Notification {
  private static final Role[] OFFICE = {Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF};
  private static final String SYSTEM = "system";

  private final JpaTemplate jpa;
  private final Directory directory;
  private final TopicService topics;
  private final AgendaPreparation agendas;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  Notification(
      JpaTemplate jpa,
      Directory directory,
      TopicService topics,
      AgendaPreparation agendas,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.topics = topics;
    this.agendas = agendas;
    this.announce = announce;
    this.clock = clock;
  }

  // rule: M1 — once the time is fixed, every participant is notified
  List<Notice> notifyParticipants(long meetingId, Actor actor) {
    actor.actingAs(OFFICE);
    Meeting meeting = MeetingRepository.get(jpa, meetingId);
    Agenda agenda = agendas.build(meeting);
    List<String> to = agendas.participants(meetingId);
    String text = PreparationRules.noticeText(meeting, agenda, directory.zone());
    Instant now = clock.instant();
    List<Notice> sent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              MeetingRecord m = MeetingRepository.preparing(em, meetingId);
              m.status = Meeting.Status.NOTIFIED;
              List<Notice> out = new ArrayList<>();
              for (String recipient : to) {
                out.add(
                    NoticeRepository.add(
                        em,
                        Notice.Kind.MEETING,
                        meetingId,
                        null,
                        recipient,
                        text,
                        actor.personId(),
                        now));
              }
              return out;
            });
    sent.forEach(this::published);
    return sent;
  }

  List<Notice> notices(String recipientId, boolean unacknowledgedOnly) {
    return jpa.txExpr(
        TransactionType.Required, em -> NoticeRepository.of(em, recipientId, unacknowledgedOnly));
  }

  Notice acknowledge(long noticeId, Actor actor) {
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> NoticeRepository.acknowledge(em, noticeId, actor.personId(), now));
  }

  /** Another module's notice (reminders, chasing) to one recipient. */
  Notice send(Notice n) {
    Instant now = clock.instant();
    Notice sent =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                NoticeRepository.add(
                    em,
                    n.kind,
                    n.meetingId,
                    n.topicId,
                    n.recipientId,
                    n.text,
                    n.sentBy == null ? SYSTEM : n.sentBy,
                    now));
    published(sent);
    return sent;
  }

  /** M1: a topic on the approved list; its department is told to prepare. */
  void topicListed(long topicId, long meetingId) {
    toDepartment(
        topicId, meetingId, Notice.Kind.PREPARE, "已列入第%d次区政府常务会议议题表，请按统一格式和份数准备会议材料，按时送常务秘书室。");
  }

  /** S9, S7: a topic moved to another meeting; its department is told. */
  void topicMoved(long topicId, Long meetingId, String note) {
    toDepartment(
        topicId, meetingId == null ? 0 : meetingId, Notice.Kind.TOPIC_MOVED, "改列第%d次会议：" + note);
  }

  /**
   * Tells the topic's lead unit, its head and staff, once per kind, topic and meeting: the review
   * engine may report the same change again.
   */
  private void toDepartment(long topicId, long meetingId, Notice.Kind kind, String text) {
    List<TopicSummary> s = topics.summaries(List.of(topicId));
    if (s.isEmpty()) {
      return;
    }
    TopicSummary t = s.get(0);
    Meeting meeting = meetingId == 0 ? null : MeetingRepository.getOrNull(jpa, meetingId);
    Set<String> to = new LinkedHashSet<>();
    directory.unit(t.leadUnitId).map(u -> u.headId).ifPresent(to::add);
    directory.people(t.leadUnitId, Role.DEPARTMENT_STAFF).forEach(p -> to.add(p.id));
    String body = "议题《" + t.name + "》" + String.format(text, meeting == null ? 0 : meeting.number);
    Instant now = clock.instant();
    List<Notice> sent =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              List<Notice> out = new ArrayList<>();
              for (String r : to) {
                if (!NoticeRepository.sent(em, kind, topicId, meetingId, r)) {
                  out.add(NoticeRepository.add(em, kind, meetingId, topicId, r, body, SYSTEM, now));
                }
              }
              return out;
            });
    sent.forEach(this::published);
  }

  private void published(Notice n) {
    announce.accept(sentEvent(n));
  }

  /** The {@link Events#NOTICE_SENT} event of a stored notice, its topic under event.topics. */
  static Map<String, Object> sentEvent(Notice n) {
    Map<String, Object> e = new HashMap<>();
    e.put("event.topics", Events.NOTICE_SENT);
    e.put(Events.NOTICE_ID, n.id);
    e.put(Events.PERSON_ID, n.recipientId);
    e.put(Events.MEETING_ID, n.meetingId);
    e.put(Events.KIND, n.kind.name());
    return e;
  }
}

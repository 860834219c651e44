package org.govmeeting.meeting.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Meeting preparation as an OSGi component: it wires the preparation's acts, one class per group of
 * acts the regulation gives a role, and owns the references, the configuration and the events. It
 * is apart from {@link MeetingScheduler} because the review engine needs meetings and this needs
 * the review engine's topic lists.
 */
@Component(
    service = {MeetingPlanner.class, Subscriber.class},
    configurationPid = PlannerConfig.PID,
    property = {
      Subscriber.TOPICS + "=" + Events.REVIEW_CHANGED,
      Subscriber.TOPICS + "=" + Events.LEAVE_APPROVED,
      Subscriber.TOPICS + "=" + Events.EMERGENCY_DECIDED,
      // In the act: a listed topic's notices, an absence on the agenda and the planner's copy of
      // an emergency decision (S2) commit with the act.
      Subscriber.DELIVERY + "=" + Subscriber.IN_ACT,
      // Deliveries are recorded under this name: it stays the same across releases.
      Subscriber.NAME + "=meeting.planner"
    })
@Designate(ocd = PlannerConfig.class)
public class PlannerComponent implements MeetingPlanner, Subscriber {
  private final AgendaPreparation agendas;
  private final Notification notification;
  private final MaterialsPreparation materials;
  private final VenuePreparation venue;
  private final MonthsWithoutMeeting gaps;
  private final MeetingSession session;
  private final EmergencyReports emergencies;

  @Activate
  public PlannerComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.meeting)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.meeting)")
          SchemaReady schema,
      @Reference Directory directory,
      @Reference TopicListService lists,
      @Reference TopicService topics,
      @Reference ActivePolicy policy,
      @Reference Outbox outbox,
      PlannerConfig config) {
    this(
        jpa,
        directory,
        lists,
        topics,
        policy,
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          outbox.publish((String) p.remove("event.topics"), p);
        },
        Clock.systemUTC(),
        config.defaultTimeLimitMinutes());
  }

  /**
   * The same, free of OSGi: {@code announce} gets each event's properties with its topic under
   * {@code event.topics}.
   */
  PlannerComponent(
      JpaTemplate jpa,
      Directory directory,
      TopicListService lists,
      TopicService topics,
      ActivePolicy policy,
      Consumer<Map<String, Object>> announce,
      Clock clock,
      int defaultMinutes) {
    emergencies = new EmergencyReports(jpa, directory, announce, clock);
    agendas = new AgendaPreparation(jpa, directory, lists, topics, defaultMinutes);
    notification = new Notification(jpa, directory, topics, agendas, announce, clock);
    materials = new MaterialsPreparation(jpa, directory, lists, topics, policy, clock);
    venue = new VenuePreparation(jpa);
    gaps = new MonthsWithoutMeeting(jpa, directory, clock);
    session = new MeetingSession(jpa, lists, agendas, emergencies, clock);
  }

  @Override
  public void deliver(String topic, Map<String, String> event) {
    if (Events.EMERGENCY_DECIDED.equals(topic)) {
      emergencies.decided(EmergencyEvents.Decided.of(event));
      return;
    }
    if (Events.LEAVE_APPROVED.equals(topic)) {
      if ("ABSENCE".equals(event.get(Events.KIND))) {
        agendas.absent(Long.parseLong(event.get(Events.MEETING_ID)), event.get(Events.PERSON_ID));
      }
      return;
    }
    long t = Long.parseLong(event.get(Events.TOPIC_ID));
    String meeting = event.get(Events.MEETING_ID);
    Long meetingId = meeting == null ? null : Long.valueOf(meeting);
    String state = event.get(Events.STATE);
    String note = event.get(Events.NOTE);
    if ("LISTED".equals(state) && meetingId != null) {
      notification.topicListed(t, meetingId);
    } else if ("COMPLETE".equals(state) && note != null) {
      notification.topicMoved(t, meetingId, note);
    }
  }

  // ---- the planner's acts, each in the class of its group -------------------------------

  @Override
  public Meeting setLawStudy(long meetingId, LawStudy study, Actor actor) {
    return agendas.setLawStudy(meetingId, study, actor);
  }

  @Override
  public LawStudy lawStudy(long meetingId) {
    return agendas.lawStudy(meetingId);
  }

  @Override
  public void invite(long meetingId, String personId, Actor actor) {
    agendas.invite(meetingId, personId, actor);
  }

  @Override
  public List<String> invited(long meetingId) {
    return agendas.invited(meetingId);
  }

  @Override
  public Agenda agenda(long meetingId, Actor actor) {
    return agendas.agenda(meetingId, actor);
  }

  @Override
  public void setItem(
      long meetingId, long topicId, int timeLimitMinutes, boolean confidential, Actor actor) {
    agendas.setItem(meetingId, topicId, timeLimitMinutes, confidential, actor);
  }

  @Override
  public List<String> participants(long meetingId) {
    return agendas.participants(meetingId);
  }

  /** The attendance module reports an approved absence; the agenda needs it for S7. */
  void absent(long meetingId, String personId) {
    agendas.absent(meetingId, personId);
  }

  @Override
  public List<Notice> notifyParticipants(long meetingId, Actor actor) {
    return notification.notifyParticipants(meetingId, actor);
  }

  @Override
  public List<Notice> notices(String recipientId, boolean unacknowledgedOnly) {
    return notification.notices(recipientId, unacknowledgedOnly);
  }

  @Override
  public Notice send(Notice notice) {
    return notification.send(notice);
  }

  @Override
  public Notice acknowledge(long noticeId, Actor actor) {
    return notification.acknowledge(noticeId, actor);
  }

  @Override
  public MaterialsStatus setMaterialsFormat(
      long meetingId, String format, int copies, Actor actor) {
    return materials.setMaterialsFormat(meetingId, format, copies, actor);
  }

  @Override
  public MaterialsStatus deliver(long meetingId, long topicId, Actor actor) {
    return materials.deliver(meetingId, topicId, actor);
  }

  @Override
  public MaterialsStatus distribute(long meetingId, Actor actor) {
    return materials.distribute(meetingId, actor);
  }

  @Override
  public MaterialsStatus materials(long meetingId) {
    return materials.materials(meetingId);
  }

  @Override
  public List<MonthGap> gaps(YearMonth until) {
    return gaps.gaps(until);
  }

  @Override
  public MonthGap excuse(YearMonth month, String reason, Actor actor) {
    return gaps.excuse(month, reason, actor);
  }

  @Override
  public Meeting begin(long meetingId, Actor actor) {
    return session.begin(meetingId, actor);
  }

  @Override
  public AgendaItem hearEmergencyReport(
      long meetingId, long emergencyDecisionId, String reporterId, Actor actor) {
    emergencies.hear(meetingId, emergencyDecisionId, reporterId, actor);
    return agendas.emergencyReport(meetingId, emergencyDecisionId);
  }

  @Override
  public Meeting close(long meetingId, Actor actor) {
    return session.close(meetingId, actor);
  }

  @Override
  public Meeting cancel(long meetingId, String reason, Actor actor) {
    return session.cancel(meetingId, reason, actor);
  }

  @Override
  public Meeting setVenue(long meetingId, String venue, Actor actor) {
    return this.venue.setVenue(meetingId, venue, actor);
  }
}

package org.govmeeting.meeting.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.supervision.EmergencyDecisions;
import org.govmeeting.api.topic.TopicService;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Meeting preparation as an OSGi component. It is apart from {@link MeetingScheduler} because the
 * review engine needs meetings and this needs the review engine's topic lists.
 */
@Component(
    service = {MeetingPlanner.class, EventHandler.class},
    configurationPid = PlannerConfig.PID,
    property = {
      EventConstants.EVENT_TOPIC + "=" + Events.REVIEW_CHANGED,
      EventConstants.EVENT_TOPIC + "=" + Events.LEAVE_APPROVED
    })
@Designate(ocd = PlannerConfig.class)
public class PlannerComponent extends Planning implements EventHandler {

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
      @Reference EventAdmin events,
      PlannerConfig config) {
    super(
        jpa,
        directory,
        lists,
        topics,
        policy,
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          events.postEvent(new Event((String) p.remove("event.topics"), p));
        },
        Clock.systemUTC(),
        new Settings(
                PlannerConfig.PID, org.slf4j.LoggerFactory.getLogger(PlannerComponent.class)::error)
            .between("defaultTimeLimitMinutes", config.defaultTimeLimitMinutes(), 1, 240, 15));
  }

  /**
   * The supervision module depends on this component, so its service is only fetched when the
   * agenda needs it, never while binding: fetching it here would make activation circular.
   */
  @Reference(
      service = EmergencyDecisions.class,
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  void bindEmergencies(ComponentServiceObjects<EmergencyDecisions> e) {
    LazyEmergencies lazy = new LazyEmergencies(e);
    bound = lazy;
    emergencies = () -> lazy;
  }

  void unbindEmergencies(ComponentServiceObjects<EmergencyDecisions> e) {
    LazyEmergencies lazy = bound;
    // Keep a replacement that was bound before this unbind arrived.
    if (lazy != null && lazy.objects == e) {
      bound = null;
      emergencies = () -> null;
      lazy.release();
    }
  }

  private volatile LazyEmergencies bound;

  /**
   * Gets the service at its first call and keeps it until unbound. Getting and releasing it on
   * every call made each agenda wait on the framework's registry (one service object per bundle,
   * created and destroyed as concurrent agendas came and went): a tenth of a loaded agenda's time
   * and much of its slowest percentile.
   */
  private static final class LazyEmergencies implements EmergencyDecisions {
    private final ComponentServiceObjects<EmergencyDecisions> objects;
    private volatile EmergencyDecisions service;
    private boolean released; // guarded by this

    LazyEmergencies(ComponentServiceObjects<EmergencyDecisions> objects) {
      this.objects = objects;
    }

    private EmergencyDecisions service() {
      EmergencyDecisions s = service;
      if (s != null) {
        return s;
      }
      synchronized (this) {
        if (released) {
          throw new org.govmeeting.api.error.UnavailableException(
              "the supervision module is being replaced; try again");
        }
        if (service == null) {
          service = objects.getService();
        }
        return service;
      }
    }

    synchronized void release() {
      released = true;
      EmergencyDecisions s = service;
      service = null;
      if (s != null) {
        objects.ungetService(s);
      }
    }

    private <T> T with(java.util.function.Function<EmergencyDecisions, T> call) {
      return call.apply(service());
    }

    @Override
    public org.govmeeting.api.supervision.EmergencyDecision record(
        org.govmeeting.api.supervision.EmergencyDecision decision,
        org.govmeeting.api.security.Actor actor) {
      return with(s -> s.record(decision, actor));
    }

    @Override
    public java.util.List<org.govmeeting.api.supervision.EmergencyDecision> unreported(
        java.time.Instant before) {
      return with(s -> s.unreported(before));
    }

    @Override
    public java.util.List<org.govmeeting.api.supervision.EmergencyDecision> all() {
      return with(EmergencyDecisions::all);
    }

    @Override
    public void reported(java.util.List<Long> ids, long meetingId) {
      with(
          s -> {
            s.reported(ids, meetingId);
            return null;
          });
    }
  }

  @Override
  public void handleEvent(Event event) {
    if (Events.LEAVE_APPROVED.equals(event.getTopic())) {
      if ("ABSENCE".equals(event.getProperty(Events.KIND))) {
        absent(
            ((Number) event.getProperty(Events.MEETING_ID)).longValue(),
            (String) event.getProperty(Events.PERSON_ID));
      }
      return;
    }
    long topic = ((Number) event.getProperty(Events.TOPIC_ID)).longValue();
    Object meeting = event.getProperty(Events.MEETING_ID);
    Long meetingId = meeting == null ? null : ((Number) meeting).longValue();
    String state = (String) event.getProperty(Events.STATE);
    String note = (String) event.getProperty(Events.NOTE);
    if ("LISTED".equals(state) && meetingId != null) {
      topicListed(topic, meetingId);
    } else if ("COMPLETE".equals(state) && note != null) {
      topicMoved(topic, meetingId, note);
    }
  }
}

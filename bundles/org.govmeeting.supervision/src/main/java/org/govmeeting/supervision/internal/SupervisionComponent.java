package org.govmeeting.supervision.internal;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.EmergencyDecisions;
import org.govmeeting.api.supervision.SupervisionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Supervision as an OSGi component: takes decisions up as they are made, chases on a timer. */
@Component(
    service = {SupervisionService.class, EmergencyDecisions.class, Subscriber.class},
    configurationPid = SupervisionConfig.PID,
    property = {
      Subscriber.TOPICS + "=" + Events.DECIDED,
      // Deliveries are recorded under this name: it stays the same across releases.
      Subscriber.NAME + "=supervision.tasks"
    })
@Designate(ocd = SupervisionConfig.class)
public class SupervisionComponent extends Supervising implements Subscriber {
  private static final Logger LOG = LoggerFactory.getLogger(SupervisionComponent.class);

  /** The identity automatic reminders are sent under. */
  static final Actor SYSTEM = new Actor("system", "system", Set.of(Role.OFFICE_STAFF));

  private final ScheduledExecutorService timer;

  @Activate
  public SupervisionComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.supervision)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.supervision)")
          SchemaReady schema,
      @Reference DeliberationService deliberations,
      @Reference MeetingPlanner planner,
      @Reference Directory directory,
      SupervisionConfig config) {
    super(
        jpa,
        deliberations,
        planner,
        directory,
        Clock.systemUTC(),
        new Settings(SupervisionConfig.PID, LOG::error)
            .atLeast("dueSoonDays", config.dueSoonDays(), 0, 7));
    int interval =
        new Settings(SupervisionConfig.PID, LOG::error)
            .atLeast("chaseIntervalMinutes", config.chaseIntervalMinutes(), 0, 60);
    if (interval > 0) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "govmeeting-supervision-chaser");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleWithFixedDelay(this::chaseQuietly, 1, interval, TimeUnit.MINUTES);
    } else {
      timer = null;
    }
  }

  private void chaseQuietly() {
    try {
      chase(java.time.Instant.now(), SYSTEM);
    } catch (RuntimeException e) {
      LOG.warn("Reminders and chasing notices failed this round", e);
    }
  }

  @Deactivate
  void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  // rule: I1 — a decision's requirements become tasks, once, whatever crashed in between
  @Override
  public void deliver(String topic, java.util.Map<String, String> payload) {
    takeUp(
        Long.parseLong(payload.get(Events.MEETING_ID)),
        Long.parseLong(payload.get(Events.TOPIC_ID)));
  }
}

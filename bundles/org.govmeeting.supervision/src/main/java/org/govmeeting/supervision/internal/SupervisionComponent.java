package org.govmeeting.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.govmeeting.api.supervision.EmergencyDecisions;
import org.govmeeting.api.supervision.Overview;
import org.govmeeting.api.supervision.SupervisionService;
import org.govmeeting.api.supervision.Task;
import org.govmeeting.api.topic.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supervision as an OSGi component: takes decisions up as they are made, chases on a timer. It
 * wires the acts, one class per group of acts the regulation names, and owns the references, the
 * configuration and the timer.
 */
@Component(
    service = {
      SupervisionService.class,
      EmergencyDecisions.class,
      Subscriber.class,
      RemindersMXBean.class
    },
    // Started with the platform, not at the first call: it chases on a timer and announces at
    // start what an earlier build recorded.
    immediate = true,
    configurationPid = SupervisionConfig.PID,
    property = {
      Subscriber.TOPICS + "=" + Events.DECIDED,
      // Deliveries are recorded under this name: it stays the same across releases.
      Subscriber.NAME + "=supervision.tasks",
      // Registered as an MBean by Karaf's JMX whiteboard (feature management).
      "jmx.objectname=org.govmeeting:type=Reminders"
    })
@Designate(ocd = SupervisionConfig.class)
public class SupervisionComponent
    implements SupervisionService, EmergencyDecisions, Subscriber, RemindersMXBean {
  private static final Logger LOG = LoggerFactory.getLogger(SupervisionComponent.class);

  /** The identity automatic reminders are sent under. */
  static final Actor SYSTEM = new Actor("system", "system", Set.of(Role.OFFICE_STAFF));

  private final Clock clock;
  private final Directory districts;
  private final TaskReading reading;
  private final DecisionTakeUp takeUp;
  private final ProgressReporting reports;
  private final Acceptance acceptance;
  private final RemindersAndChasing chasing;
  private final SupervisionOverview overview;
  private final EmergencyDecisionRegister emergencies;
  private final EmergencyAnnouncement announcement;
  private final ScheduledExecutorService timer;
  private final int chaseIntervalMinutes;
  private volatile Instant lastFailure;

  @Activate
  public SupervisionComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.supervision)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.supervision)")
          SchemaReady schema,
      @Reference DeliberationService deliberations,
      @Reference RecordReaders readers,
      @Reference MeetingPlanner planner,
      @Reference Directory directory,
      @Reference Outbox outbox,
      SupervisionConfig config) {
    this(
        jpa,
        deliberations,
        readers,
        planner,
        directory,
        outbox::publish,
        Clock.systemUTC(),
        config.dueSoonDays(),
        config.chaseIntervalMinutes());
    announceBacklogOnce();
  }

  /**
   * The same, free of OSGi: {@code publish} is the outbox's; a {@code chaseIntervalMinutes} of 0
   * sends only what is asked for.
   */
  SupervisionComponent(
      JpaTemplate jpa,
      DeliberationService deliberations,
      RecordReaders readers,
      MeetingPlanner planner,
      Directory directory,
      BiConsumer<String, Map<String, ?>> publish,
      Clock clock,
      int dueSoonDays,
      int chaseIntervalMinutes) {
    this.clock = clock;
    this.chaseIntervalMinutes = chaseIntervalMinutes;
    this.districts = directory;
    IntSupplier dueSoon = new DueSoonDays(directory, dueSoonDays);
    reading = new TaskReading(jpa, readers, directory, clock, dueSoon);
    takeUp = new DecisionTakeUp(jpa, deliberations, reading, clock);
    reports = new ProgressReporting(jpa, directory, clock, dueSoon);
    acceptance = new Acceptance(jpa, clock, directory::zone, dueSoon);
    chasing = new RemindersAndChasing(jpa, planner, directory, dueSoon);
    overview = new SupervisionOverview(reading, clock, directory::zone, dueSoon);
    emergencies = new EmergencyDecisionRegister(jpa, directory, publish, clock);
    announcement = new EmergencyAnnouncement(jpa, publish);
    if (chaseIntervalMinutes > 0) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "govmeeting-supervision-chaser");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleWithFixedDelay(this::chaseQuietly, 1, chaseIntervalMinutes, TimeUnit.MINUTES);
    } else {
      timer = null;
    }
  }

  /**
   * Announces once the emergency decisions an earlier build recorded (see {@link
   * EmergencyAnnouncement}), before the services are registered, on a thread of its own: the thread
   * that activates this component may be inside someone's act, whose transaction it must not join.
   */
  private void announceBacklogOnce() {
    Thread t =
        new Thread(
            () -> {
              try {
                int n = announceBacklog();
                if (n > 0) {
                  LOG.info("Announced {} emergency decisions of an earlier build", n);
                }
              } catch (RuntimeException e) {
                LOG.warn("Emergency decisions of an earlier build not announced; next start", e);
              }
            },
            "govmeeting-supervision-announce");
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Announces what an earlier build recorded; see {@link EmergencyAnnouncement}. */
  int announceBacklog() {
    return announcement.announceBacklog();
  }

  /** Each district's round in its own scope: one district's failure leaves the others' done. */
  private void chaseQuietly() {
    Instant now = clock.instant();
    for (District d : districts.districts()) {
      try {
        DistrictScope.run(d.id, () -> chase(now, SYSTEM));
      } catch (RuntimeException e) {
        lastFailure = Instant.now();
        LOG.warn("Reminders and chasing notices of district {} failed this round", d.id, e);
      }
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
  public void deliver(String topic, Map<String, String> payload) {
    takeUp(
        Long.parseLong(payload.get(Events.MEETING_ID)),
        Long.parseLong(payload.get(Events.TOPIC_ID)));
  }

  @Override
  public List<Task> takeUp(long meetingId, long topicId) {
    return takeUp.takeUp(meetingId, topicId);
  }

  @Override
  public Task task(long id) {
    return reading.task(id);
  }

  @Override
  public Page<Task> tasks(Long meetingId, String unitId, Task.State state, int offset, int limit) {
    return reading.tasks(meetingId, unitId, state, offset, limit);
  }

  @Override
  public Task task(long id, Actor actor) {
    return reading.task(id, actor);
  }

  @Override
  public Page<Task> tasks(
      Long meetingId, String unitId, Task.State state, int offset, int limit, Actor actor) {
    return reading.tasks(meetingId, unitId, state, offset, limit, actor);
  }

  @Override
  public Task reportProgress(
      long taskId, String text, Integer percent, String milestone, Actor actor) {
    return reports.reportProgress(taskId, text, percent, milestone, actor);
  }

  @Override
  public Task.Attachment attach(
      long taskId, String fileName, String contentType, InputStream content, Actor actor) {
    return reports.attach(taskId, fileName, contentType, content, actor);
  }

  @Override
  public Task.Attachment attachment(long taskId, long attachmentId, Actor actor) {
    return reading.attachment(taskId, attachmentId, actor);
  }

  @Override
  public long writeAttachment(long taskId, long attachmentId, Actor actor, OutputStream out)
      throws IOException {
    return reading.writeAttachment(taskId, attachmentId, actor, out);
  }

  @Override
  public Task reportCompletion(long taskId, String text, Actor actor) {
    return reports.reportCompletion(taskId, text, actor);
  }

  @Override
  public Task accept(long taskId, boolean accept, String note, Actor actor) {
    return acceptance.accept(taskId, accept, note, actor);
  }

  @Override
  public int chase(Instant asOf, Actor actor) {
    return chasing.chase(asOf, actor);
  }

  @Override
  public String getLastRun() {
    return chasing.last().map(r -> r.ran().toString()).orElse("");
  }

  @Override
  public int getLastRunNotices() {
    return chasing.last().map(RemindersAndChasing.Round::sent).orElse(0);
  }

  @Override
  public String getLastFailure() {
    Instant f = lastFailure;
    return f == null ? "" : f.toString();
  }

  @Override
  public int getIntervalMinutes() {
    return chaseIntervalMinutes;
  }

  @Override
  public List<Overview> overview(Long meetingId, String unitId, Instant asOf) {
    return overview.overview(meetingId, unitId, asOf);
  }

  @Override
  public EmergencyDecision record(EmergencyDecision d, Actor actor) {
    return emergencies.record(d, actor);
  }

  @Override
  public EmergencyDecision countersign(long id, Actor actor) {
    return emergencies.countersign(id, actor);
  }

  @Override
  public List<EmergencyDecision> all() {
    return emergencies.all();
  }
}

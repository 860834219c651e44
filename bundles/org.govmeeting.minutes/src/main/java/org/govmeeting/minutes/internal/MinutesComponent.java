package org.govmeeting.minutes.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.MinutesService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.topic.TopicService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Deliberation and minutes as an OSGi component. */
@Component(service = {DeliberationService.class, MinutesService.class, RecordReaders.class})
public class MinutesComponent extends MinutesFacade {
  /** The chain's keystore, beside the distribution's other settings (README: the chain). */
  static final String KEYSTORE = "govmeeting-chain.p12";

  @Activate
  public MinutesComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.minutes)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.minutes)")
          SchemaReady schema,
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference AttendanceService attendance,
      @Reference Directory directory,
      @Reference TopicService topics,
      @Reference Outbox outbox) {
    super(
        jpa,
        meetings,
        planner,
        attendance,
        directory,
        topics,
        ChainKey.openOrCreate(Path.of(System.getProperty("karaf.etc", "etc"), KEYSTORE)),
        // Through the outbox: written with the decision, delivered after it commits (I1).
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          outbox.publish((String) p.remove("event.topics"), p);
        },
        Clock.systemUTC());
  }
}

package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.policy.ActivePolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Attendance as an OSGi component. */
@Component(service = AttendanceService.class)
public class AttendanceComponent extends AttendanceKeeping {

  @Activate
  public AttendanceComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.attendance)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.attendance)")
          SchemaReady schema,
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference Directory directory,
      @Reference ActivePolicy policy,
      @Reference EventAdmin events) {
    super(
        jpa,
        meetings,
        planner,
        directory,
        policy,
        // Synchronous: an approved absence must show on the agenda before the approval answers.
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          events.sendEvent(new Event((String) p.remove("event.topics"), p));
        },
        Clock.systemUTC());
  }
}

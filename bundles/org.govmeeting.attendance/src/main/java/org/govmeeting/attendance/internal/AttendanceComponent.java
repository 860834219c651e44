package org.govmeeting.attendance.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Outbox;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.ActivePolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Attendance as an OSGi component. */
@Component(service = AttendanceService.class)
public class AttendanceComponent extends AttendanceKeeping {

  @Activate
  public AttendanceComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.attendance)") JpaTemplate jpa,
      @Reference MeetingService meetings,
      @Reference MeetingPlanner planner,
      @Reference Directory directory,
      @Reference ActivePolicy policy,
      @Reference Outbox outbox) {
    super(
        jpa,
        meetings,
        planner,
        directory,
        policy,
        // In the act: an approved absence shows on the agenda when the approval answers.
        e -> {
          Map<String, Object> p = new HashMap<>(e);
          outbox.publish((String) p.remove("event.topics"), p);
        },
        Clock.systemUTC());
  }
}

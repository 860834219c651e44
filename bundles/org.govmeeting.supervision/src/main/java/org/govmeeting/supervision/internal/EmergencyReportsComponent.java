package org.govmeeting.supervision.internal;

import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.event.Subscriber;
import org.govmeeting.api.persistence.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The planner tells supervision which emergency decisions a closing meeting heard (S2); the record
 * here follows in the same act, so the meeting closes with its emergency decisions marked reported
 * or not at all. Apart from {@link SupervisionComponent}, whose subscription (a decision becoming
 * tasks) is taken after the commit.
 */
@Component(
    service = Subscriber.class,
    property = {
      Subscriber.TOPICS + "=" + Events.EMERGENCY_REPORTED,
      Subscriber.DELIVERY + "=" + Subscriber.IN_ACT,
      // Deliveries are recorded under this name: it stays the same across releases.
      Subscriber.NAME + "=supervision.emergencies"
    })
public class EmergencyReportsComponent implements Subscriber {
  private final JpaTemplate jpa;

  @Activate
  public EmergencyReportsComponent(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.supervision)") JpaTemplate jpa,
      // Started only once the unit's tables have the shape its changelog describes.
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.supervision)")
          SchemaReady schema) {
    this.jpa = jpa;
  }

  // rule: S2 — reported to the meeting that heard it; the first such meeting stays its meeting
  @Override
  public void deliver(String topic, Map<String, String> payload) {
    EmergencyEvents.Reported r = EmergencyEvents.Reported.of(payload);
    jpa.tx(
        TransactionType.Required,
        em -> EmergencyRepository.reported(em, r.emergencyDecisionId(), r.meetingId()));
  }
}

package org.govmeeting.api.supervision;

import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Emergency decisions (S2): recorded, then reported to the next meeting. The planner learns of each
 * through the outbox ({@link org.govmeeting.api.event.Events#EMERGENCY_DECIDED}) and keeps its own
 * copy for the agenda; a closing meeting's {@link
 * org.govmeeting.api.event.Events#EMERGENCY_REPORTED} marks it reported here.
 */
@ProviderType
public interface EmergencyDecisions {

  EmergencyDecision record(EmergencyDecision decision, Actor actor);

  /**
   * S2: a leader named among the countersigners countersigns the decision, as their own recorded
   * act; once each.
   */
  EmergencyDecision countersign(long id, Actor actor);

  List<EmergencyDecision> all();
}

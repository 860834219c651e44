package org.govmeeting.api.supervision;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Emergency decisions (S2): recorded, then reported to the next meeting. */
@ProviderType
public interface EmergencyDecisions {

  EmergencyDecision record(EmergencyDecision decision, Actor actor);

  /** Decisions taken before the given time that have not yet been reported to a meeting. */
  List<EmergencyDecision> unreported(Instant before);

  List<EmergencyDecision> all();

  /** Marks decisions as reported to a meeting (when the meeting closes). */
  void reported(List<Long> ids, long meetingId);
}

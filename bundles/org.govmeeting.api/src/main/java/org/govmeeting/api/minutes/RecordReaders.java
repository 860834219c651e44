package org.govmeeting.api.minutes;

import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who may read a meeting's record (K3), in one place for every path that carries it: the
 * deliberations, the minutes, the tasks of a decision, the topic list and the attendance.
 */
@ProviderType
public interface RecordReaders {

  /** Whether the actor is on the meeting's roster and not excused from it (K1). */
  boolean participant(long meetingId, Actor actor);

  /**
   * Whether what was said and decided on the item stays with the participants (K3): the item is
   * confidential, undecided or deferred.
   */
  boolean restricted(long meetingId, long topicId);

  /**
   * The topic list and the attendance: the participants, the Office, the secretariat and the mayor;
   * anyone else gets an {@link org.govmeeting.api.error.AccessDeniedException} naming K3.
   */
  void requirePapersReader(long meetingId, Actor actor);
}

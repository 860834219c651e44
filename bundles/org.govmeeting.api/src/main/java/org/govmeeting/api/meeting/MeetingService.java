package org.govmeeting.api.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Meetings: only the mayor convenes one (C1); each gets the district's next number. */
@ProviderType
public interface MeetingService {

  Meeting convene(MeetingRequest request, Actor actor);

  Optional<Meeting> get(long id);

  /** Meetings in order of their number; {@code status} may be {@code null}. */
  List<Meeting> list(Meeting.Status status, int offset, int limit);

  /**
   * The first meeting still open for topics at {@code when}: planned or notified, with its cut-off
   * not yet passed, earliest first (S9).
   */
  Optional<Meeting> nextOpen(Instant when);

  /** The first meeting still open for topics that is scheduled after the given one. */
  Optional<Meeting> following(long meetingId);
}

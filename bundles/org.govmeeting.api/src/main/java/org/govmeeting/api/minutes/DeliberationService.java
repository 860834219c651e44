package org.govmeeting.api.minutes;

import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The record of the meeting itself, kept by the secretariat; decisions by the chair. */
@ProviderType
public interface DeliberationService {

  Deliberation recordReport(long meetingId, long topicId, Report report, Actor actor);

  Deliberation recordPosition(long meetingId, long topicId, Position position, Actor actor);

  /**
   * The chair decides: the meeting must be in session and quorate (C1) and everyone present must
   * have stated a position (D2).
   */
  Deliberation decide(long meetingId, long topicId, Decision decision, Actor actor);

  /** The mayor entrusts another member with the chair for this meeting (D3). */
  void entrustChair(long meetingId, String personId, Actor actor);

  /**
   * The item's record, unfiltered: for the platform's own modules (supervision takes up a decision,
   * intake links a revision), never for a person's request; those go through {@link
   * #deliberation(long, long, Actor)}.
   */
  Deliberation deliberation(long meetingId, long topicId);

  /** The meeting's record, unfiltered; as {@link #deliberation(long, long)}. */
  List<Deliberation> deliberations(long meetingId);

  /**
   * The item's record as the actor may read it: the participants and the secretariat (K3).
   *
   * @throws org.govmeeting.api.error.AccessDeniedException for anyone else
   */
  Deliberation deliberation(long meetingId, long topicId, Actor actor);

  /** The meeting's record as the actor may read it; as {@link #deliberation(long, long, Actor)}. */
  List<Deliberation> deliberations(long meetingId, Actor actor);
}

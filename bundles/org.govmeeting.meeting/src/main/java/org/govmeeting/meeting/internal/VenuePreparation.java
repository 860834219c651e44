package org.govmeeting.meeting.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.security.Actor;

/** The Office prepares the venue (M4); it may change while the meeting is in preparation. */
final class VenuePreparation {
  private final JpaTemplate jpa;

  VenuePreparation(JpaTemplate jpa) {
    this.jpa = jpa;
  }

  // rule: M4 — the Office prepares the venue
  Meeting setVenue(long meetingId, String venue, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    String where = ValidationException.requireText("venue", venue, "会议地点");
    return MeetingRepository.change(jpa, meetingId, (em, m) -> m.venue = where);
  }
}

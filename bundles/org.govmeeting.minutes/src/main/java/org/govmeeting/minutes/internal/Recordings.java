package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.Violations;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.minutes.RecordingReference;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * M3: 会议……录音……要及时整理归档. The Office registers where the meeting's own recording is kept; the
 * recording stays on its medium, the archive names it. (An attendee's own recording is another
 * matter, approved under K3.)
 */
class Recordings {
  private final JpaTemplate jpa;
  private final MeetingService meetings;
  private final Clock clock;

  Recordings(JpaTemplate jpa, MeetingService meetings, Clock clock) {
    this.jpa = jpa;
    this.meetings = meetings;
    this.clock = clock;
  }

  // rule: M3 — the recordings' references, attributable and never changed
  RecordingReference add(long meetingId, RecordingReference in, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    Meeting m =
        meetings
            .get(meetingId)
            .orElseThrow(() -> new NotFoundException("会议", "meeting", String.valueOf(meetingId)));
    Violations v = new Violations();
    RecordingReference r = in == null ? new RecordingReference() : in;
    v.require("medium", r.medium, Clause.M3, "录制方式（AUDIO 录音、VIDEO 录像）");
    if (v.require("location", r.location, Clause.M3, "存放位置") && r.location.strip().length() > 500) {
      v.add("location", Clause.M3, "存放位置不超过500字", "at most 500 characters");
    }
    if (r.sha256 != null && !r.sha256.isBlank() && !r.sha256.strip().matches("[0-9a-fA-F]{64}")) {
      v.add("sha256", Clause.M3, "校验值应为64位十六进制的SHA-256", "a SHA-256 in 64 hex digits");
    }
    if (r.durationMinutes != null && (r.durationMinutes < 1 || r.durationMinutes > 24 * 60)) {
      v.add("durationMinutes", Clause.M3, "时长应为1至1440分钟", "from 1 to 1440 minutes");
    }
    if (r.note != null && r.note.length() > 1000) {
      v.add("note", Clause.M3, "备注不超过1000字", "at most 1000 characters");
    }
    v.throwIfAny();
    if (m.status != Meeting.Status.IN_SESSION && m.status != Meeting.Status.CLOSED) {
      throw new ConflictException(
          Clause.M3, "会议召开后方可登记录音录像", "a recording is registered once the meeting is held");
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          RecordingRecord rec = new RecordingRecord();
          rec.meetingId = meetingId;
          rec.medium = r.medium;
          rec.location = r.location.strip();
          rec.sha256 =
              r.sha256 == null || r.sha256.isBlank() ? null : r.sha256.strip().toLowerCase();
          rec.durationMinutes = r.durationMinutes;
          rec.note = r.note == null || r.note.isBlank() ? null : r.note.strip();
          rec.registeredBy = actor.personId();
          rec.registeredAt = Timestamp.from(clock.instant());
          em.persist(rec);
          em.flush();
          return rec.toReference();
        });
  }

  List<RecordingReference> list(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    return jpa.txExpr(TransactionType.Required, em -> list(em, meetingId));
  }

  static List<RecordingReference> list(EntityManager em, long meetingId) {
    return em
        .createQuery(
            "select r from RecordingRecord r where r.meetingId = :m order by r.id",
            RecordingRecord.class)
        .setParameter("m", meetingId)
        .getResultList()
        .stream()
        .map(RecordingRecord::toReference)
        .collect(Collectors.toList());
  }
}

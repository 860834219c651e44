package org.govmeeting.minutes.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Archive;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/** M3: the Office archives the meeting's materials, record, recordings and minutes together. */
class Archiving {
  private final JpaTemplate jpa;
  private final MeetingPlanner planner;
  private final AttendanceService attendance;
  private final DeliberationService record;
  private final MinutesDesk minutes;
  private final Printing printing;
  private final Clock clock;

  Archiving(
      JpaTemplate jpa,
      MeetingPlanner planner,
      AttendanceService attendance,
      DeliberationService record,
      MinutesDesk minutes,
      Printing printing,
      Clock clock) {
    this.jpa = jpa;
    this.planner = planner;
    this.attendance = attendance;
    this.record = record;
    this.minutes = minutes;
    this.printing = printing;
    this.clock = clock;
  }

  // rule: M3 — materials, records, recordings and minutes archived together
  Archive archive(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    MinutesRecord r =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em
                    .createQuery(
                        "select x from MinutesRecord x where x.meetingId = :m", MinutesRecord.class)
                    .setParameter("m", meetingId)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .orElseThrow(
                        () -> new NotFoundException("minutes of meeting", "" + meetingId)));
    if (r.state != Minutes.State.ISSUED) {
      throw new ConflictException("a meeting is archived once its minutes are issued", Clause.M3);
    }
    byte[] zip = ArchiveWriter.write(this, minutes.read(r.id, actor), meetingId, actor);
    Instant now = clock.instant();
    String digest;
    try {
      digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          ArchiveRecord a = em.find(ArchiveRecord.class, meetingId);
          if (a == null) {
            a = new ArchiveRecord();
            a.meetingId = meetingId;
            em.persist(a);
          }
          a.createdBy = actor.personId();
          a.createdAt = Timestamp.from(now);
          a.size = zip.length;
          a.sha256 = digest;
          a.content = zip;
          return toArchive(a);
        });
  }

  List<Archive> archives(Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    // Only the description: the zips themselves stay in the database until downloaded.
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select a.meetingId, a.createdBy, a.createdAt, a.size, a.sha256"
                        + " from ArchiveRecord a order by a.meetingId",
                    Object[].class)
                .getResultList()
                .stream()
                .map(
                    r -> {
                      Archive out = new Archive();
                      out.meetingId = (Long) r[0];
                      out.createdBy = (String) r[1];
                      out.createdAt = ((Timestamp) r[2]).toInstant();
                      out.size = (Long) r[3];
                      out.sha256 = (String) r[4];
                      return out;
                    })
                .collect(Collectors.toList()));
  }

  byte[] archiveContent(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          ArchiveRecord a = em.find(ArchiveRecord.class, meetingId);
          if (a == null) {
            throw new NotFoundException("archive of meeting", String.valueOf(meetingId));
          }
          return a.content;
        });
  }

  Printing printing() {
    return printing;
  }

  MeetingPlanner planner() {
    return planner;
  }

  AttendanceService attendanceService() {
    return attendance;
  }

  List<Deliberation> deliberations(long meetingId) {
    return record.deliberations(meetingId);
  }

  private static Archive toArchive(ArchiveRecord a) {
    Archive out = new Archive();
    out.meetingId = a.meetingId;
    out.createdBy = a.createdBy;
    out.createdAt = a.createdAt.toInstant();
    out.size = a.size;
    out.sha256 = a.sha256;
    return out;
  }
}

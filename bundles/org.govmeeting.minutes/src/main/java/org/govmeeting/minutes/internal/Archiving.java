package org.govmeeting.minutes.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Archive;
import org.govmeeting.api.minutes.ArchiveDue;
import org.govmeeting.api.minutes.ChainLink;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.RecordingReference;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;

/**
 * M3: 会议材料、记录、录音、纪要等相关资料要及时整理归档. The Office gathers the meeting's archive once its minutes are
 * issued, within the period it set after the mayor's signature (flagged late otherwise); gathered
 * again, it becomes a new edition and keeps the first one's time.
 */
class Archiving {
  private final JpaTemplate jpa;
  private final MeetingPlanner planner;
  private final AttendanceService attendance;
  private final DeliberationService record;
  private final MinutesDesk minutes;
  private final Printing printing;
  private final Chain chain;
  private final TopicService topics;
  private final Supplier<Duration> period;
  private final Clock clock;

  Archiving(
      JpaTemplate jpa,
      MeetingPlanner planner,
      AttendanceService attendance,
      DeliberationService record,
      MinutesDesk minutes,
      Printing printing,
      Chain chain,
      TopicService topics,
      Supplier<Duration> period,
      Clock clock) {
    this.jpa = jpa;
    this.planner = planner;
    this.attendance = attendance;
    this.record = record;
    this.minutes = minutes;
    this.printing = printing;
    this.chain = chain;
    this.topics = topics;
    this.period = period;
    this.clock = clock;
  }

  // rule: M3 — materials, records, recordings and minutes archived together, promptly
  Archive archive(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          MinutesRecord r = issuedMinutes(em, meetingId);
          Minutes m = minutes.read(r.id, actor);
          List<ChainLink> links = chain.links(em);
          List<RecordingReference> recordings = Recordings.list(em, meetingId);
          // The earlier edition's rows go; its description is updated below, its first time kept.
          em.createQuery("delete from ArchiveChunkRecord c where c.meetingId = :m")
              .setParameter("m", meetingId)
              .executeUpdate();
          ArchiveStream rows = new ArchiveStream((seq, bytes) -> row(em, meetingId, seq, bytes));
          ArchiveWriter.Written written;
          try (ArchiveZip zip = new ArchiveZip(rows)) {
            written =
                new ArchiveWriter(this, topics)
                    .write(
                        zip, m, links, chain.key().certificatePem(), recordings, meetingId, actor);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Instant now = clock.instant();
          ArchiveRecord a = em.find(ArchiveRecord.class, meetingId);
          if (a == null) {
            a = new ArchiveRecord();
            a.meetingId = meetingId;
            a.edition = 1;
            a.firstCreatedAt = Timestamp.from(now);
            a.minutesSignedAt = Timestamp.from(m.signedAt);
            a.dueBy = Timestamp.from(m.signedAt.plus(period.get()));
            em.persist(a);
          } else {
            a.edition = (a.edition == null ? 1 : a.edition) + 1;
            a.content = null;
          }
          a.createdBy = actor.personId();
          a.createdAt = Timestamp.from(now);
          a.size = rows.size();
          a.sha256 = rows.sha256();
          a.materialFiles = written.materialFiles();
          a.recordings = written.recordings();
          return toArchive(a);
        });
  }

  /**
   * Writes one row and lets go of it (as intake's uploads do): a flushed entity stays in
   * EclipseLink's change set until the commit unless the context is cleared. Nothing of this
   * module's is held in the context here: the minutes were read into their DTO before.
   */
  private static void row(EntityManager em, long meetingId, int seq, byte[] bytes) {
    ArchiveChunkRecord c = new ArchiveChunkRecord();
    c.meetingId = meetingId;
    c.seq = seq;
    c.bytes = bytes;
    em.persist(c);
    em.flush();
    em.clear();
  }

  private static MinutesRecord issuedMinutes(EntityManager em, long meetingId) {
    MinutesRecord r =
        em
            .createQuery(
                "select x from MinutesRecord x where x.meetingId = :m", MinutesRecord.class)
            .setParameter("m", meetingId)
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("会议纪要（会议编号）", "minutes of meeting", "" + meetingId));
    if (r.state != Minutes.State.ISSUED) {
      throw new ConflictException(
          Clause.M3, "会议纪要印发后方可归档", "a meeting is archived once its minutes are issued");
    }
    return r;
  }

  List<Archive> archives(Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    // Only the descriptions: the zips stay in their rows until downloaded.
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          List<Archive> out = new ArrayList<>();
          for (Object[] r :
              em.createQuery(
                      "select a.meetingId, a.createdBy, a.createdAt, a.size, a.sha256, a.edition,"
                          + " a.firstCreatedAt, a.minutesSignedAt, a.dueBy, a.materialFiles,"
                          + " a.recordings from ArchiveRecord a order by a.meetingId",
                      Object[].class)
                  .getResultList()) {
            ArchiveRecord a = new ArchiveRecord();
            a.meetingId = (Long) r[0];
            a.createdBy = (String) r[1];
            a.createdAt = (Timestamp) r[2];
            a.size = (Long) r[3];
            a.sha256 = (String) r[4];
            a.edition = (Integer) r[5];
            a.firstCreatedAt = (Timestamp) r[6];
            a.minutesSignedAt = (Timestamp) r[7];
            a.dueBy = (Timestamp) r[8];
            a.materialFiles = (Integer) r[9];
            a.recordings = (Integer) r[10];
            out.add(toArchive(a));
          }
          return out;
        });
  }

  Archive describe(long meetingId, Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    return archives(actor).stream()
        .filter(a -> a.meetingId == meetingId)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "会议档案（会议编号）", "archive of meeting", String.valueOf(meetingId)));
  }

  /** Row by row, each in a short transaction of its own: a slow reader holds no connection. */
  long write(long meetingId, Actor actor, OutputStream out) throws IOException {
    Archive a = describe(meetingId, actor);
    boolean rows =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                !em.createQuery(
                        "select c.seq from ArchiveChunkRecord c"
                            + " where c.meetingId = :m and c.seq = 0",
                        Integer.class)
                    .setParameter("m", meetingId)
                    .getResultList()
                    .isEmpty());
    if (!rows) {
      // An archive of an earlier build: its zip is whole in one column.
      byte[] whole =
          jpa.txExpr(
              TransactionType.Required, em -> em.find(ArchiveRecord.class, meetingId).content);
      out.write(whole);
      out.flush();
      return whole.length;
    }
    return Chunks.copy(
        seq ->
            jpa.txExpr(
                TransactionType.Required,
                em -> {
                  List<byte[]> row =
                      em.createQuery(
                              "select c.bytes from ArchiveChunkRecord c"
                                  + " where c.meetingId = :m and c.seq = :s",
                              byte[].class)
                          .setParameter("m", meetingId)
                          .setParameter("s", seq)
                          .getResultList();
                  return row.isEmpty() ? null : row.get(0);
                }),
        a.size,
        out);
  }

  // rule: M3 — flagged when the archive is not made within the period after signature
  List<ArchiveDue> due(Actor actor) {
    actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR);
    Duration p = period.get();
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          List<ArchiveDue> out = new ArrayList<>();
          for (MinutesRecord r :
              em.createQuery(
                      "select m from MinutesRecord m where m.state = :s and not exists"
                          + " (select a from ArchiveRecord a where a.meetingId = m.meetingId)",
                      MinutesRecord.class)
                  .setParameter("s", Minutes.State.ISSUED)
                  .getResultList()) {
            ArchiveDue d = new ArchiveDue();
            d.meetingId = r.meetingId;
            d.minutesId = r.id;
            d.documentNumber = r.documentNumber;
            d.minutesSignedAt = r.signedAt.toInstant();
            d.dueBy = d.minutesSignedAt.plus(p);
            d.overdue = now.isAfter(d.dueBy);
            out.add(d);
          }
          out.sort(Comparator.comparing((ArchiveDue d) -> d.dueBy));
          return out;
        });
  }

  /** The period the Office set for the archive after signature, refused outside 1–366 days. */
  static Duration period(Settings s, int days) {
    return Duration.ofDays(
        s.check("archiveWithinDays", days, d -> d >= 1 && d <= 366, "must be from 1 to 366 days"));
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

  static Archive toArchive(ArchiveRecord a) {
    Archive out = new Archive();
    out.meetingId = a.meetingId;
    out.createdBy = a.createdBy;
    out.createdAt = a.createdAt.toInstant();
    // Archives of earlier builds: one edition, made when recorded; their period was not kept.
    out.edition = a.edition == null ? 1 : a.edition;
    out.firstCreatedAt = (a.firstCreatedAt == null ? a.createdAt : a.firstCreatedAt).toInstant();
    out.minutesSignedAt = a.minutesSignedAt == null ? null : a.minutesSignedAt.toInstant();
    out.dueBy = a.dueBy == null ? null : a.dueBy.toInstant();
    out.late = out.dueBy != null && out.firstCreatedAt.isAfter(out.dueBy);
    out.size = a.size;
    out.sha256 = a.sha256;
    out.materialFiles = a.materialFiles == null ? 0 : a.materialFiles;
    out.recordings = a.recordings == null ? 0 : a.recordings;
    return out;
  }
}

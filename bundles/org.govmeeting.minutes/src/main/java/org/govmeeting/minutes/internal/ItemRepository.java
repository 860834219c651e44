package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.ReportVersion;
import org.govmeeting.api.minutes.Requirement;

/** The rows of the meeting's record (items, positions, report versions) and their DTOs. */
final class ItemRepository {
  private ItemRepository() {}

  static ItemRecord find(EntityManager em, long meetingId, long topicId) {
    return em
        .createQuery(
            "select i from ItemRecord i where i.meetingId = :m and i.topicId = :t",
            ItemRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  static List<ItemRecord> items(EntityManager em, long meetingId) {
    return em.createQuery(
            "select i from ItemRecord i where i.meetingId = :m order by i.id", ItemRecord.class)
        .setParameter("m", meetingId)
        .getResultList();
  }

  /**
   * The item's row, created from the agenda on the first act, and locked, so that a report or a
   * position can never slip in beside the decision that closes the item.
   */
  static ItemRecord lockedItem(EntityManager em, long meetingId, long topicId, AgendaItem a) {
    ItemRecord r = find(em, meetingId, topicId);
    if (r == null) {
      r = new ItemRecord();
      r.meetingId = meetingId;
      r.topicId = topicId;
      r.title = a.title;
      r.reporterId = a.reporterId;
      r.timeLimitMinutes = a.timeLimitMinutes;
      em.persist(r);
      em.flush();
      return r;
    }
    return em.find(ItemRecord.class, r.id, LockModeType.PESSIMISTIC_WRITE);
  }

  static List<PositionRecord> positions(EntityManager em, long meetingId, long topicId) {
    return em.createQuery(
            "select p from PositionRecord p where p.meetingId = :m and p.topicId = :t order by p.id",
            PositionRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .getResultList();
  }

  static List<ReportVersionRecord> reports(EntityManager em, long meetingId, long topicId) {
    return em.createQuery(
            "select v from ReportVersionRecord v where v.meetingId = :m and v.topicId = :t"
                + " order by v.version",
            ReportVersionRecord.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .getResultList();
  }

  /** Appends a version of the report and makes it the item's current one. */
  static void report(
      EntityManager em,
      ItemRecord r,
      String reporter,
      Instant started,
      Instant ended,
      String by,
      Instant now) {
    ReportVersionRecord v = new ReportVersionRecord();
    v.meetingId = r.meetingId;
    v.topicId = r.topicId;
    v.version = reports(em, r.meetingId, r.topicId).size() + 1;
    v.reporterId = reporter;
    v.startedAt = Timestamp.from(started);
    v.endedAt = Timestamp.from(ended);
    v.recordedBy = by;
    v.recordedAt = Timestamp.from(now);
    em.persist(v);
    r.reporterId = reporter;
    r.reportStartedAt = v.startedAt;
    r.reportEndedAt = v.endedAt;
  }

  static Deliberation toDeliberation(EntityManager em, ItemRecord r, Set<String> present) {
    Deliberation d = new Deliberation();
    d.meetingId = r.meetingId;
    d.topicId = r.topicId;
    d.title = r.title;
    d.reporterId = r.reporterId;
    d.reportStartedAt = r.reportStartedAt == null ? null : r.reportStartedAt.toInstant();
    d.reportEndedAt = r.reportEndedAt == null ? null : r.reportEndedAt.toInstant();
    d.timeLimitMinutes = r.timeLimitMinutes;
    d.overrun = overrun(d.reportStartedAt, d.reportEndedAt, r.timeLimitMinutes);
    d.reportHistory = new ArrayList<>();
    for (ReportVersionRecord v : reports(em, r.meetingId, r.topicId)) {
      ReportVersion out = new ReportVersion();
      out.version = v.version;
      out.reporterId = v.reporterId;
      out.startedAt = v.startedAt.toInstant();
      out.endedAt = v.endedAt.toInstant();
      out.overrun = overrun(out.startedAt, out.endedAt, r.timeLimitMinutes);
      out.recordedBy = v.recordedBy;
      out.recordedAt = v.recordedAt.toInstant();
      d.reportHistory.add(out);
    }
    d.positions = new ArrayList<>();
    Set<String> awaiting = new LinkedHashSet<>(present);
    for (PositionRecord p : positions(em, r.meetingId, r.topicId)) {
      Position out = new Position();
      out.personId = p.personId;
      out.kind = p.kind;
      out.opinion = p.opinion;
      out.recordedBy = p.recordedBy;
      out.recordedAt = p.recordedAt.toInstant();
      d.positions.add(out);
      awaiting.remove(p.personId);
    }
    d.awaiting = r.outcome == null ? new ArrayList<>(awaiting) : List.of();
    if (r.outcome != null) {
      Decision dec = new Decision();
      dec.outcome = r.outcome;
      dec.revisions = r.revisions;
      dec.requirements = readRequirements(r.requirements);
      dec.decidedBy = r.decidedBy;
      dec.entrustedBy = r.entrustedBy;
      dec.decidedAt = r.decidedAt.toInstant();
      dec.opinionsBy = new ArrayList<>();
      for (Position p : d.positions) {
        if (p.kind == Position.Kind.OPINION) {
          dec.opinions++;
          dec.opinionsBy.add(p.personId);
        } else if (p.kind == Position.Kind.NO_OBJECTION) {
          dec.noObjections++;
        }
      }
      d.decision = dec;
    }
    return d;
  }

  private static boolean overrun(Instant started, Instant ended, int limitMinutes) {
    return started != null
        && ended != null
        && Duration.between(started, ended).compareTo(Duration.ofMinutes(limitMinutes)) > 0;
  }

  static String writeRequirements(List<Requirement> reqs) {
    StringBuilder out = new StringBuilder();
    for (Requirement q : reqs) {
      out.append(q.what.replace('\n', ' ').replace('|', '/'))
          .append('|')
          .append(String.join(",", q.unitIds))
          .append('|')
          .append(q.due)
          .append('\n');
    }
    return out.toString();
  }

  static List<Requirement> readRequirements(String text) {
    List<Requirement> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      Requirement q = new Requirement();
      q.what = f[0];
      q.unitIds = Arrays.asList(f[1].split(","));
      q.due = LocalDate.parse(f[2]);
      out.add(q);
    }
    return out;
  }
}

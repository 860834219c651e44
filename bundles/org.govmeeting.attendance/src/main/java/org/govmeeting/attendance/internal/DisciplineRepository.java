package org.govmeeting.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.attendance.DisciplineEntry;

/** Discipline entries (K1, K2, K3): added, never changed. */
final class DisciplineRepository {
  private DisciplineRepository() {}

  /** Stores an entry with the act's other writes. */
  static DisciplineRecord add(
      EntityManager em,
      long meetingId,
      String personId,
      DisciplineEntry.Kind kind,
      String note,
      String recordedBy,
      Instant at) {
    DisciplineRecord r = new DisciplineRecord();
    r.meetingId = meetingId;
    r.personId = personId;
    r.kind = kind;
    r.note = note;
    r.recordedBy = recordedBy;
    r.recordedAt = Timestamp.from(at);
    em.persist(r);
    return r;
  }

  /** The stored entry as handed out: flushed first, so that it carries its id. */
  static DisciplineEntry shown(EntityManager em, DisciplineRecord r) {
    em.flush();
    return toEntry(r);
  }

  static List<DisciplineEntry> of(EntityManager em, long meetingId) {
    return em
        .createQuery(
            "select d from DisciplineRecord d where d.meetingId = :m order by d.id",
            DisciplineRecord.class)
        .setParameter("m", meetingId)
        .getResultList()
        .stream()
        .map(DisciplineRepository::toEntry)
        .collect(Collectors.toList());
  }

  private static DisciplineEntry toEntry(DisciplineRecord r) {
    DisciplineEntry out = new DisciplineEntry();
    out.id = r.id;
    out.meetingId = r.meetingId;
    out.personId = r.personId;
    out.kind = r.kind;
    out.note = r.note;
    out.recordedBy = r.recordedBy;
    out.recordedAt = r.recordedAt.toInstant();
    return out;
  }
}

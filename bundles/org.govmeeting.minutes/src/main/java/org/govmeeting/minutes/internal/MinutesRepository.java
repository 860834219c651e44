package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesStep;
import org.govmeeting.api.minutes.MinutesVersion;
import org.govmeeting.api.security.Actor;

/** The rows of the minutes (text versions, acts, errata) and the DTO a reader gets. */
final class MinutesRepository {
  private MinutesRepository() {}

  static MinutesRecord minutes(EntityManager em, long id) {
    MinutesRecord r = em.find(MinutesRecord.class, id);
    if (r == null) {
      throw new NotFoundException("会议纪要", "minutes", String.valueOf(id));
    }
    return r;
  }

  static ErratumRecord erratum(EntityManager em, long minutesId, long erratumId) {
    ErratumRecord e = em.find(ErratumRecord.class, erratumId);
    if (e == null || e.minutesId != minutesId) {
      throw new NotFoundException("纪要勘误", "erratum", minutesId + "/" + erratumId);
    }
    return e;
  }

  static List<ErratumRecord> errata(EntityManager em, long minutesId) {
    return em.createQuery(
            "select e from ErratumRecord e where e.minutesId = :m order by e.id",
            ErratumRecord.class)
        .setParameter("m", minutesId)
        .getResultList();
  }

  static void version(EntityManager em, MinutesRecord r, Actor actor, Instant now) {
    Long count =
        em.createQuery(
                "select count(v) from MinutesVersionRecord v where v.minutesId = :m", Long.class)
            .setParameter("m", r.id)
            .getSingleResult();
    MinutesVersionRecord v = new MinutesVersionRecord();
    v.minutesId = r.id;
    v.version = count.intValue() + 1;
    v.text = r.text;
    v.editedBy = actor.personId();
    v.editedAt = Timestamp.from(now);
    em.persist(v);
  }

  /** Records an act on the minutes ({@code erratum} {@code null}) or on one of its errata. */
  static void step(
      EntityManager em,
      MinutesRecord r,
      ErratumRecord erratum,
      String kind,
      Actor actor,
      String unit,
      boolean agreed,
      String comments,
      Instant now) {
    MinutesStepRecord s = new MinutesStepRecord();
    s.minutesId = r.id;
    s.erratumId = erratum == null ? null : erratum.id;
    s.kind = kind;
    s.actorId = actor.personId();
    s.actorRole = actor.roles().stream().sorted().findFirst().map(Enum::name).orElse(null);
    s.unitId = unit;
    s.agreed = agreed;
    s.comments = comments;
    s.at = Timestamp.from(now);
    em.persist(s);
  }

  static List<String> split(String csv) {
    if (csv == null || csv.isBlank()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Arrays.asList(csv.split(",")));
  }

  /** The minutes with the errata {@code shown} lets through, and only their acts. */
  static Minutes toMinutes(EntityManager em, MinutesRecord r, Predicate<ErratumRecord> shown) {
    Minutes m = new Minutes();
    m.id = r.id;
    m.meetingId = r.meetingId;
    m.documentNumber = r.documentNumber;
    m.state = r.state;
    m.text = r.text;
    m.revision = r.revision;
    m.awaitingOpinions = split(r.awaiting);
    m.signedBy = r.signedBy;
    m.signedAt = r.signedAt == null ? null : r.signedAt.toInstant();
    m.hash = r.hash;
    m.previousHash = r.previousHash;
    m.scopeUnitIds = split(r.scopeUnits);
    m.scopePersonIds = split(r.scopePersons);
    m.versions =
        em
            .createQuery(
                "select v from MinutesVersionRecord v where v.minutesId = :m order by v.version",
                MinutesVersionRecord.class)
            .setParameter("m", r.id)
            .getResultList()
            .stream()
            .map(
                v -> {
                  MinutesVersion out = new MinutesVersion();
                  out.version = v.version;
                  out.text = v.text;
                  out.editedBy = v.editedBy;
                  out.editedAt = v.editedAt.toInstant();
                  return out;
                })
            .collect(Collectors.toList());
    List<ErratumRecord> errata =
        errata(em, r.id).stream().filter(shown).collect(Collectors.toList());
    List<Long> shownIds = errata.stream().map(e -> e.id).collect(Collectors.toList());
    m.errata = errata.stream().map(MinutesRepository::toErratum).collect(Collectors.toList());
    m.steps =
        em
            .createQuery(
                "select s from MinutesStepRecord s where s.minutesId = :m order by s.id",
                MinutesStepRecord.class)
            .setParameter("m", r.id)
            .getResultList()
            .stream()
            .filter(s -> s.erratumId == null || shownIds.contains(s.erratumId))
            .map(MinutesRepository::toStep)
            .collect(Collectors.toList());
    return m;
  }

  private static MinutesStep toStep(MinutesStepRecord s) {
    MinutesStep out = new MinutesStep();
    out.kind = s.kind;
    out.actorId = s.actorId;
    out.actorRole = s.actorRole;
    out.unitId = s.unitId;
    out.agreed = s.agreed;
    out.comments = s.comments;
    out.at = s.at.toInstant();
    out.erratumId = s.erratumId;
    return out;
  }

  static Minutes.Erratum toErratum(ErratumRecord e) {
    Minutes.Erratum out = new Minutes.Erratum();
    out.id = e.id;
    out.passage = e.passage;
    out.text = e.text;
    out.state = e.state == null ? Minutes.Erratum.State.DRAFT : e.state;
    out.awaitingOpinions = split(e.awaiting);
    out.draftedBy = e.draftedBy;
    out.draftedAt = e.draftedAt.toInstant();
    out.signedBy = e.signedBy;
    out.signedAt = e.signedAt == null ? null : e.signedAt.toInstant();
    out.hash = e.hash;
    out.previousHash = e.previousHash;
    return out;
  }
}

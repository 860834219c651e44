package org.govmeeting.minutes.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxSource;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The steps of the minutes and their errata that wait for someone (M3): an opinion from each
 * reporting unit, the legality review of the Justice head, the mayor's signature, and the mayor's
 * issue of signed minutes to their scope. Each waits since the last step taken on it.
 */
@Component(service = InboxSource.class)
public class MinutesInbox implements InboxSource {
  private static final EnumSet<Minutes.State> OPEN =
      EnumSet.of(Minutes.State.IN_OPINION, Minutes.State.LEGAL_REVIEW, Minutes.State.SIGNED);
  private static final EnumSet<Minutes.Erratum.State> ERRATUM_OPEN =
      EnumSet.of(Minutes.Erratum.State.IN_OPINION, Minutes.Erratum.State.LEGAL_REVIEW);

  private final JpaTemplate jpa;

  @Activate
  public MinutesInbox(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.minutes)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.minutes)")
          SchemaReady schema) {
    this.jpa = jpa;
  }

  @Override
  public List<InboxItem> waitingFor(Actor actor) {
    String unit = actor.unitId().orElse(null);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          List<InboxItem> out = new ArrayList<>();
          for (MinutesRecord r :
              em.createQuery(
                      "select m from MinutesRecord m where m.state in :open", MinutesRecord.class)
                  .setParameter("open", OPEN)
                  .getResultList()) {
            InboxItem.Kind kind = kind(r.state, r.legalOk, r.awaiting, unit, actor);
            if (kind != null) {
              out.add(item(em, kind, r, null));
            }
          }
          for (ErratumRecord e :
              em.createQuery(
                      "select e from ErratumRecord e where e.state in :open", ErratumRecord.class)
                  .setParameter("open", ERRATUM_OPEN)
                  .getResultList()) {
            Minutes.State as =
                e.state == Minutes.Erratum.State.IN_OPINION
                    ? Minutes.State.IN_OPINION
                    : Minutes.State.LEGAL_REVIEW;
            InboxItem.Kind kind = kind(as, e.legalOk, e.awaiting, unit, actor);
            MinutesRecord r = em.find(MinutesRecord.class, e.minutesId);
            if (kind != null && r != null) {
              out.add(item(em, kind, r, e));
            }
          }
          return out;
        });
  }

  /** What the actor is to do about minutes in this state, if anything. */
  static InboxItem.Kind kind(
      Minutes.State state, boolean legalOk, String awaiting, String unit, Actor actor) {
    switch (state) {
      case IN_OPINION:
        return unit != null && MinutesRepository.split(awaiting).contains(unit)
            ? InboxItem.Kind.MINUTES_OPINION
            : null;
      case LEGAL_REVIEW:
        if (!legalOk) {
          return actor.has(Role.JUSTICE_HEAD) ? InboxItem.Kind.LEGAL_REVIEW : null;
        }
        return actor.has(Role.MAYOR) ? InboxItem.Kind.MINUTES_SIGNATURE : null;
      case SIGNED:
        return actor.has(Role.MAYOR) ? InboxItem.Kind.MINUTES_ISSUE : null;
      default:
        return null;
    }
  }

  private static InboxItem item(
      EntityManager em, InboxItem.Kind kind, MinutesRecord r, ErratumRecord e) {
    InboxItem i = new InboxItem();
    i.kind = kind;
    i.clause = kind == InboxItem.Kind.MINUTES_ISSUE ? Clause.K3 : Clause.M3;
    i.minutesId = r.id;
    i.meetingId = r.meetingId;
    i.subject = r.documentNumber;
    i.erratumId = e == null ? null : e.id;
    i.itemId = i.erratumId;
    i.since = lastStep(em, r.id, e);
    if (i.since == null) {
      i.since = e != null && e.draftedAt != null ? e.draftedAt.toInstant() : null;
    }
    return i;
  }

  private static Instant lastStep(EntityManager em, long minutesId, ErratumRecord e) {
    javax.persistence.TypedQuery<Timestamp> q =
        em.createQuery(
                "select max(s.at) from MinutesStepRecord s where s.minutesId = :m and "
                    + (e == null ? "s.erratumId is null" : "s.erratumId = :e"),
                Timestamp.class)
            .setParameter("m", minutesId);
    if (e != null) {
      q.setParameter("e", e.id);
    }
    Timestamp at = q.getSingleResult();
    return at == null ? null : at.toInstant();
  }
}

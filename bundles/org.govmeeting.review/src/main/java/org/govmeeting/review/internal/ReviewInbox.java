package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxPart;
import org.govmeeting.api.inbox.InboxSource;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The review steps open for a person: named to them, or to a role they hold (the Finance or Justice
 * head). A step waits since its stage opened: when the last step before it was acted on, or when
 * the chain started.
 */
@Component(service = InboxSource.class)
public class ReviewInbox implements InboxSource {
  private final JpaTemplate jpa;

  @Activate
  public ReviewInbox(
      @Reference(name = "jpa", target = "(osgi.unit.name=govmeeting.review)") JpaTemplate jpa,
      @Reference(name = "schema", target = "(govmeeting.schema=govmeeting.review)")
          SchemaReady schema) {
    this.jpa = jpa;
  }

  /** Every open step for the person: the paged answer without a limit. */
  @Override
  public List<InboxItem> waitingFor(Actor actor) {
    return waitingFor(actor, Integer.MAX_VALUE).items;
  }

  /**
   * The newest {@code limit} steps open for the person (by the step's key: the newest chains'), and
   * how many are open in all: a unit head can have thousands after a large submission, and the
   * inbox holds only the page it shows. The count needs no chain: a chain that leaves review
   * cancels its open steps ({@link ChainRules#cancelOpen}), so an open step is one of a chain in
   * review.
   */
  @Override
  public InboxPart waitingFor(Actor actor, int limit) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          // The open steps' keys only (their index answers them), newest first, sorted here (a
          // Derby sort serialises busy request threads); then the page's steps by key.
          List<Long> open =
              new ArrayList<>(
                  em.createQuery(
                          "select s.id from StepRecord s where s.state = :open and s.signerId = :p",
                          Long.class)
                      .setParameter("open", StepState.PENDING)
                      .setParameter("p", actor.personId())
                      .getResultList());
          if (!actor.roles().isEmpty()) {
            open.addAll(
                em.createQuery(
                        "select s.id from StepRecord s where s.state = :open and s.role in :roles"
                            + " and s.signerId is null",
                        Long.class)
                    .setParameter("open", StepState.PENDING)
                    .setParameter("roles", actor.roles())
                    .getResultList());
          }
          InboxPart part = new InboxPart();
          if (open.isEmpty()) {
            return part;
          }
          part.counts.put(InboxItem.Kind.REVIEW_STEP, open.size());
          open.sort(java.util.Comparator.reverseOrder());
          List<Long> page = open.subList(0, Math.min(limit, open.size()));
          List<InboxItem> items =
              items(
                  new ArrayList<>(
                      em.createQuery(
                              "select s from StepRecord s where s.id in :ids", StepRecord.class)
                          .setParameter("ids", page)
                          // The page's chains and their steps in one query each, not one per
                          // step (each with its own sort in Derby).
                          .setHint("eclipselink.batch.type", "IN")
                          .setHint("eclipselink.batch", "s.chain")
                          .setHint("eclipselink.batch", "s.chain.steps")
                          .getResultList()));
          items.sort(
              java.util.Comparator.comparing(
                  (InboxItem i) -> i.since, java.util.Comparator.reverseOrder()));
          part.items = List.copyOf(items);
          return part;
        });
  }

  private static List<InboxItem> items(List<StepRecord> steps) {
    steps.removeIf(s -> s.chain.state != ChainState.IN_REVIEW);
    List<InboxItem> out = new ArrayList<>();
    for (StepRecord s : steps) {
      InboxItem i = new InboxItem();
      i.kind = InboxItem.Kind.REVIEW_STEP;
      i.clause = s.clause;
      i.ownClause = s.ownClause;
      i.detail = s.label;
      i.detailEnglish = s.labelEnglish;
      i.topicId = s.chain.topicId;
      i.meetingId = s.chain.meetingId;
      i.itemId = s.id;
      i.since = openedAt(s);
      out.add(i);
    }
    return out;
  }

  private static java.time.Instant openedAt(StepRecord step) {
    Timestamp latest = step.chain.startedAt;
    for (StepRecord s : step.chain.steps) {
      if (s.stage < step.stage && s.actedAt != null && s.actedAt.after(latest)) {
        latest = s.actedAt;
      }
    }
    return latest.toInstant();
  }
}

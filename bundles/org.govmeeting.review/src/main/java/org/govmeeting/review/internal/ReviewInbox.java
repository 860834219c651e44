package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.inbox.InboxItem;
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

  @Override
  public List<InboxItem> waitingFor(Actor actor) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          // Two queries, each on an index (REV_STEP_STATE, REV_STEP_ROLE), without a join: one
          // with an OR or a join to the chain makes Derby walk every open step of the district,
          // and its page latches then serialise every signer's inbox. The chain's state is read
          // by its key, for the few steps found.
          List<StepRecord> steps =
              new ArrayList<>(
                  em.createQuery(
                          "select s from StepRecord s where s.state = :open and s.signerId = :p",
                          StepRecord.class)
                      .setParameter("open", StepState.PENDING)
                      .setParameter("p", actor.personId())
                      .getResultList());
          if (!actor.roles().isEmpty()) {
            steps.addAll(
                em.createQuery(
                        "select s from StepRecord s where s.state = :open and s.role in :roles"
                            + " and s.signerId is null",
                        StepRecord.class)
                    .setParameter("open", StepState.PENDING)
                    .setParameter("roles", actor.roles())
                    .getResultList());
          }
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
        });
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

package org.govmeeting.review.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.security.Actor;

/** A topic's chains as they stand, who takes part in which, and the policies installed. */
final class ChainReading {
  private final JpaTemplate jpa;
  private final Policies policies;

  ChainReading(JpaTemplate jpa, Policies policies) {
    this.jpa = jpa;
    this.policies = policies;
  }

  Optional<ReviewChain> chain(long topicId, int version) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> Optional.ofNullable(Chains.find(em, topicId, version)).map(Chains::toChain));
  }

  List<ReviewChain> chains(long topicId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            Chains.ofTopic(em, topicId).stream().map(Chains::toChain).collect(Collectors.toList()));
  }

  List<ReviewChain> chainsOf(List<Long> topicIds) {
    if (topicIds.isEmpty()) {
      return List.of();
    }
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select distinct c from ChainRecord c left join fetch c.steps"
                        + " where c.topicId in :ids",
                    ChainRecord.class)
                .setParameter("ids", topicIds)
                .getResultList()
                .stream()
                .map(Chains::toChain)
                .collect(Collectors.toList()));
  }

  boolean involves(long topicId, Actor actor) {
    return jpa.txExpr(
        TransactionType.Required, em -> !Chains.involving(em, actor, topicId).isEmpty());
  }

  List<Long> topicsInvolving(Actor actor) {
    return jpa.txExpr(TransactionType.Required, em -> Chains.involving(em, actor, null));
  }

  List<PolicyInfo> policies() {
    return policies.infos();
  }

  PolicyInfo activePolicy() {
    return Policies.info(policies.active(), true);
  }
}

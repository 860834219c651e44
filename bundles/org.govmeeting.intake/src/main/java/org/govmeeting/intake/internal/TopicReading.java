package org.govmeeting.intake.internal;

import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicHistory;
import org.govmeeting.api.topic.TopicSummary;

/** One topic as its readers see it, its history, and the summaries other modules list. */
final class TopicReading {
  private final JpaTemplate jpa;
  private final Topics topics;
  private final TopicAccess access;

  TopicReading(JpaTemplate jpa, Topics topics, TopicAccess access) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
  }

  Optional<Topic> get(long id, Actor actor) {
    Person me = access.person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, id);
          return t != null && access.mayRead(t, actor, me)
              ? Optional.of(topics.view(em, t))
              : Optional.empty();
        });
  }

  TopicHistory history(long id, Actor actor) {
    Person me = access.person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          access.visible(em, id, actor, me);
          return topics.history(em, id);
        });
  }

  List<TopicSummary> summaries(List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    return jpa.txExpr(TransactionType.Required, em -> topics.summaries(em, ids));
  }
}

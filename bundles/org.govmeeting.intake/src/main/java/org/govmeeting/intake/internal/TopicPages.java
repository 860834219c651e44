package org.govmeeting.intake.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicQuery;

/**
 * Lists of topics, a page at a time, newest first. Pages are answered from what was kept where that
 * is still exact (see {@link TopicWrites}, {@link KeptPages}, {@link ShownTopics}); what leaves
 * here is always a copy, so no caller can change a kept topic that others are shown.
 */
final class TopicPages {
  /** Topics are counted exactly up to this many (or past the page asked for); see Page. */
  static final int COUNT_CAP = 1000;

  private final TopicWrites jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final ReviewService review;
  private final TopicCopies copies;

  /** Totals of list filters, at most a second old (the items are always fresh). */
  private final ListCounts counts = new ListCounts(1_000_000_000L, System::nanoTime);

  private final ShownTopics shown = new ShownTopics(1024);
  private final KeptPages pages = new KeptPages(512);

  /** Whether this JVM writes every topic (embedded Derby); null until the first list. */
  private volatile Boolean alone;

  TopicPages(
      TopicWrites jpa,
      Topics topics,
      TopicAccess access,
      ReviewService review,
      TopicCopies copies) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.review = review;
    this.copies = copies;
  }

  Page<Topic> list(TopicQuery q, Actor actor) {
    Person me = access.person(actor);
    TopicQuery query = q == null ? new TopicQuery() : q;
    int limit = Math.max(1, Math.min(query.limit, 200));
    int offset = Math.max(0, query.offset);
    boolean overseer = actor.hasAny(TopicAccess.OVERSEERS);
    // Visibility, left out where it cannot narrow the result (the mayor sees all, everyone sees
    // their own unit's topics), so that the database pages through an index instead of sorting.
    boolean visibility = !actor.has(Role.MAYOR) && !me.unitId.equals(query.unitId);
    List<Long> reviewing = overseer || !visibility ? List.of() : review.topicsInvolving(actor);
    TopicPageQuery.Viewer viewer =
        visibility ? new TopicPageQuery.Viewer(me.unitId, me.id, overseer, reviewing) : null;
    // One ordered pass over the index gives the page and the count, up to a cap: counting
    // every topic of a large district cost more than the page itself.
    int window = Math.max(COUNT_CAP, offset + limit);
    String filter =
        query.status
            + "|"
            + query.unitId
            + "|"
            + query.category
            + "|"
            + query.meetingId
            + "|"
            + viewer
            + "|"
            + window;
    // Read before the database is: a write committed after this moves it, see TopicWrites.
    long generation = jpa.generation();
    String key = filter + "|" + offset + "|" + limit;
    Boolean single = alone;
    KeptPages.Kept kept = Boolean.TRUE.equals(single) ? pages.get(key, generation) : null;
    if (kept != null) {
      return page(
          kept,
          offset,
          limit,
          missing -> jpa.txExpr(TransactionType.Required, em -> topics.read(em, missing)));
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          boolean one = alone(em);
          // Where other nodes write too, a count taken within the last second for the same
          // filter is used as it is; where this JVM writes all, a count is kept per generation.
          String counted = one ? filter + "|" + generation : filter;
          ListCounts.Count count = counts.fresh(counted);
          Map<Long, Long> revisions;
          if (count != null) {
            revisions = revisions(em, TopicPageQuery.of(query, viewer, offset, limit));
          } else {
            Map<Long, Long> all = revisions(em, TopicPageQuery.of(query, viewer, 0, window + 1));
            count = new ListCounts.Count(Math.min(all.size(), window), all.size() > window);
            counts.keep(counted, count);
            revisions = new LinkedHashMap<>();
            all.entrySet().stream()
                .skip(offset)
                .limit(Math.max(0, count.total() - offset))
                .limit(limit)
                .forEach(e -> revisions.put(e.getKey(), e.getValue()));
          }
          KeptPages.Kept read =
              new KeptPages.Kept(
                  generation,
                  Collections.unmodifiableMap(revisions),
                  count.total(),
                  count.capped());
          if (one) {
            pages.keep(key, read);
          }
          return page(read, offset, limit, missing -> topics.read(em, missing));
        });
  }

  private Page<Topic> page(
      KeptPages.Kept kept, int offset, int limit, Function<List<Long>, List<Topic>> read) {
    Page<Topic> page = new Page<>();
    page.total = kept.total();
    page.totalCapped = kept.capped();
    page.offset = offset;
    page.limit = limit;
    // The topics shown are kept for the next page: the caller gets copies of them.
    page.items =
        shown.page(kept.revisions(), read).stream().map(copies::copy).collect(Collectors.toList());
    return page;
  }

  /** Whether this JVM holds the database alone: embedded Derby, not a network database. */
  private boolean alone(EntityManager em) {
    Boolean single = alone;
    if (single == null) {
      try {
        String url = em.unwrap(Connection.class).getMetaData().getURL();
        single = url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
      } catch (SQLException e) {
        single = false;
      }
      alone = single;
    }
    return single;
  }

  /** The page's topic ids, in its order, each with its revision. */
  private static Map<Long, Long> revisions(EntityManager em, TopicPageQuery page) {
    Query q = em.createNativeQuery(page.sql);
    for (int i = 0; i < page.parameters.size(); i++) {
      q.setParameter(i + 1, page.parameters.get(i));
    }
    Map<Long, Long> revisions = new LinkedHashMap<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      revisions.put(((Number) r[0]).longValue(), r[1] == null ? 0L : ((Number) r[1]).longValue());
    }
    return revisions;
  }
}

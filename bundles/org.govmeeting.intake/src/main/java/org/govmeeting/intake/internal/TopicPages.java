package org.govmeeting.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
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
 * Pages of topics, newest first, and their tags. Nothing is kept here: every page is read from the
 * database and built anew, so what a caller is given is theirs alone.
 *
 * <p>A page is what one statement reads ({@link TopicPageQuery}): the filters, the caller's
 * visibility as SQL, a window of ids for the count. Callers who get the same statement see the same
 * topics. A page's tag is a digest of that statement with its parameters, the page's bounds and the
 * topic table's change number ({@link TopicChanges}), which moves with every committed write of a
 * topic: the tag changes whenever a topic on the page, or one entering or leaving it, is written,
 * and two callers share it only where the database answers them alike. The district's time zone is
 * part of it too, since the API writes the page's times with its offset. Finding it reads the
 * change number and no topic.
 */
final class TopicPages {
  /** Topics are counted exactly up to this many (or past the page asked for); see Page. */
  static final int COUNT_CAP = 1000;

  private final TopicChanges jpa;
  private final Topics topics;
  private final TopicAccess access;
  private final ReviewService review;
  private final Supplier<ZoneId> zone;

  /** A page as one caller asks for it: the statement reading its window of ids, and bounds. */
  private record Asked(TopicPageQuery window, int windowSize, int offset, int limit) {
    /** Everything the page depends on besides the database, each part length-prefixed. */
    String describe() {
      StringBuilder sb = new StringBuilder();
      part(sb, window.sql);
      for (Object p : window.parameters) {
        part(sb, p.getClass().getSimpleName() + "=" + p);
      }
      part(sb, windowSize + "/" + offset + "/" + limit);
      return sb.toString();
    }

    private static void part(StringBuilder sb, String s) {
      sb.append(s.length()).append(':').append(s).append(';');
    }
  }

  /**
   * @param zone the district's time zone, in which the API writes a page's times: a page written in
   *     another zone is another page, so the zone is part of its tag
   */
  TopicPages(
      TopicChanges jpa,
      Topics topics,
      TopicAccess access,
      ReviewService review,
      Supplier<ZoneId> zone) {
    this.jpa = jpa;
    this.topics = topics;
    this.access = access;
    this.review = review;
    this.zone = zone;
  }

  String tag(TopicQuery q, Actor actor) {
    Asked asked = asked(q, actor);
    long changes = jpa.current();
    return digest(changes + ";" + zone.get().getId() + ";" + asked.describe());
  }

  Page<Topic> list(TopicQuery q, Actor actor) {
    Asked asked = asked(q, actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          // One ordered pass over the index gives the page and the count, up to a cap: counting
          // every topic of a large district cost more than the page itself.
          List<Long> ids = ids(em, asked.window());
          Page<Topic> page = new Page<>();
          page.total = Math.min(ids.size(), asked.windowSize());
          page.totalCapped = ids.size() > asked.windowSize();
          page.offset = asked.offset();
          page.limit = asked.limit();
          int from = (int) Math.min(asked.offset(), page.total);
          int to = (int) Math.min((long) from + asked.limit(), page.total);
          page.items = from == to ? new ArrayList<>() : topics.read(em, ids.subList(from, to));
          return page;
        });
  }

  private Asked asked(TopicQuery q, Actor actor) {
    Person me = access.person(actor);
    TopicQuery query = q == null ? new TopicQuery() : q;
    int limit = Math.max(1, Math.min(query.limit, 200));
    int offset = Math.max(0, query.offset);
    boolean overseer = actor.hasAny(TopicAccess.OVERSEERS);
    // Visibility, left out where it cannot narrow the result (the mayor sees all, everyone sees
    // their own unit's topics), so that the database pages through an index instead of sorting.
    boolean visibility = !actor.has(Role.MAYOR) && !me.unitId.equals(query.unitId);
    List<Long> reviewing =
        overseer || !visibility
            ? List.of()
            // Sorted: the same topics must make the same statement, and so the same tag.
            : review.topicsInvolving(actor).stream().sorted().toList();
    TopicPageQuery.Viewer viewer =
        visibility ? new TopicPageQuery.Viewer(me.unitId, me.id, overseer, reviewing) : null;
    int window = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(COUNT_CAP, (long) offset + limit));
    return new Asked(TopicPageQuery.of(query, viewer, 0, window + 1), window, offset, limit);
  }

  private static List<Long> ids(EntityManager em, TopicPageQuery page) {
    Query q = em.createNativeQuery(page.sql);
    for (int i = 0; i < page.parameters.size(); i++) {
      q.setParameter(i + 1, page.parameters.get(i));
    }
    List<Long> ids = new ArrayList<>();
    for (Object id : q.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  /** SHA-256, the first 128 bits in base64url: opaque, and no two pages share one by chance. */
  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(d, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has SHA-256", e);
    }
  }
}

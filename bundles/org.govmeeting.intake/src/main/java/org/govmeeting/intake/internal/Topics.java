package org.govmeeting.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicEvent;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicHistory;
import org.govmeeting.api.topic.TopicStatus;
import org.govmeeting.api.topic.TopicSummary;

/**
 * The topic aggregate: the topic row with its form, its submitted versions, its history and the
 * mayor's exceptions to it. Every call runs in the caller's transaction, on its entity manager.
 */
final class Topics {
  /** What an event's detail keeps of a longer text (the column's length). */
  private static final int DETAIL_LIMIT = 2000;

  private final FormJson json;

  Topics(FormJson json) {
    this.json = json;
  }

  TopicForm form(TopicRecord t) {
    return json.read(t.formJson);
  }

  /** Writes the form onto the topic, with the supervisor in effect. */
  void fill(TopicRecord t, TopicForm form, String supervisor, Instant now) {
    t.revisesMeetingId = form.revisesMeetingId;
    t.revisesTopicId = form.revisesTopicId;
    t.name = form.name.trim();
    t.leadUnitId = form.leadUnitId;
    t.category = form.category;
    t.supervisorId = supervisor;
    t.updatedAt = Timestamp.from(now);
    String written = json.write(form);
    if (t.formJson != null && !t.formJson.equals(written)) {
      t.formEdits++;
    }
    t.formJson = written;
  }

  /** An act on the topic, in its history. */
  void record(
      EntityManager em, TopicRecord t, Actor actor, String kind, String detail, Instant now) {
    Role role = actor.roles().stream().sorted().findFirst().orElse(null);
    String kept =
        detail == null || detail.length() <= DETAIL_LIMIT
            ? detail
            : detail.substring(0, DETAIL_LIMIT);
    record(em, t.id, t.version, actor.personId(), role, kind, kept, now);
  }

  void record(
      EntityManager em,
      long topicId,
      int version,
      String actorId,
      Role role,
      String kind,
      String detail,
      Instant now) {
    TopicEventRecord e = new TopicEventRecord();
    e.topicId = topicId;
    e.at = Timestamp.from(now);
    e.actorId = actorId;
    e.actorRole = role;
    e.kind = kind;
    e.version = version;
    e.detail = detail;
    em.persist(e);
  }

  /** The form as submitted in this version, kept for good. */
  void keepSubmitted(EntityManager em, TopicRecord t, Actor actor, Instant now) {
    RevisionRecord r = new RevisionRecord();
    r.topicId = t.id;
    r.version = t.version;
    r.submittedAt = Timestamp.from(now);
    r.submittedBy = actor.personId();
    r.formJson = t.formJson;
    em.persist(r);
  }

  void addOverride(
      EntityManager em, TopicRecord t, Clause clause, Actor actor, String reason, Instant now) {
    OverrideRecord o = new OverrideRecord();
    o.topicId = t.id;
    o.clause = clause;
    o.topicVersion = t.version;
    o.formEdit = t.formEdits;
    o.meetingId = t.meetingId;
    o.grantedBy = actor.personId();
    o.grantedAt = Timestamp.from(now);
    o.reason = reason;
    em.persist(o);
  }

  /** The clauses the mayor has lifted for the topic as it is now (exceptions still in force). */
  static Set<Clause> overridden(EntityManager em, long topicId) {
    TopicRecord t = em.find(TopicRecord.class, topicId);
    return em
        .createQuery("select o from OverrideRecord o where o.topicId = :t", OverrideRecord.class)
        .setParameter("t", topicId)
        .getResultList()
        .stream()
        .filter(o -> t != null && o.lapse(t) == null)
        .map(o -> o.clause)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Clause.class)));
  }

  static List<Long> revisionsOf(EntityManager em, long meetingId, long topicId) {
    return em.createQuery(
            "select t.id from TopicRecord t where t.revisesMeetingId = :m"
                + " and t.revisesTopicId = :t order by t.id",
            Long.class)
        .setParameter("m", meetingId)
        .setParameter("t", topicId)
        .getResultList();
  }

  /** Id and version of every topic whose review is still open. */
  static List<long[]> inReview(EntityManager em) {
    return em
        .createQuery(
            "select t.id, t.version from TopicRecord t where t.status in :s", Object[].class)
        .setParameter("s", List.of(TopicStatus.IN_REVIEW, TopicStatus.READY, TopicStatus.RETURNED))
        .getResultList()
        .stream()
        .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
        .collect(Collectors.toList());
  }

  Topic view(EntityManager em, TopicRecord t) {
    return views(em, List.of(t)).get(0);
  }

  /** Topics by id, in the order given, read whole; ids of no topic are left out. */
  List<Topic> read(EntityManager em, List<Long> ids) {
    Map<Long, TopicRecord> byId = byId(em, ids);
    List<TopicRecord> rows = new ArrayList<>();
    for (Long id : ids) {
      if (byId.containsKey(id)) {
        rows.add(byId.get(id));
      }
    }
    return views(em, rows);
  }

  /** The topics with their overrides and file descriptions, in two queries for the whole page. */
  private List<Topic> views(EntityManager em, List<TopicRecord> records) {
    if (records.isEmpty()) {
      return List.of();
    }
    List<Long> ids = records.stream().map(t -> t.id).collect(Collectors.toList());
    Map<Long, TopicRecord> byId = new HashMap<>();
    records.forEach(t -> byId.put(t.id, t));
    Map<Long, List<RuleOverride>> overrides = new HashMap<>();
    for (OverrideRecord o : overrides(em, ids, " order by o.id")) {
      overrides
          .computeIfAbsent(o.topicId, k -> new ArrayList<>())
          .add(TopicViews.override(o, byId.get(o.topicId)));
    }
    Map<Long, List<MaterialFile>> files = Files.descriptions(em, ids);
    List<Topic> out = new ArrayList<>();
    for (TopicRecord t : records) {
      out.add(
          TopicViews.topic(
              t,
              form(t),
              overrides.getOrDefault(t.id, List.of()),
              files.getOrDefault(t.id, List.of())));
    }
    return out;
  }

  /**
   * The events of each topic, oldest first, in one query for them all: what the compliance report
   * and a dry-run read of every topic (its submissions), without the revisions' forms.
   */
  Map<Long, List<TopicEvent>> events(EntityManager em, List<Long> ids) {
    Map<Long, List<TopicEvent>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (TopicEventRecord e :
        em.createQuery(
                "select e from TopicEventRecord e where e.topicId in :t order by e.topicId, e.id",
                TopicEventRecord.class)
            .setParameter("t", ids)
            .getResultList()) {
      out.computeIfAbsent(e.topicId, k -> new ArrayList<>()).add(TopicViews.event(e));
    }
    return out;
  }

  TopicHistory history(EntityManager em, long topicId) {
    TopicHistory h = new TopicHistory();
    h.events =
        em
            .createQuery(
                "select e from TopicEventRecord e where e.topicId = :t order by e.id",
                TopicEventRecord.class)
            .setParameter("t", topicId)
            .getResultList()
            .stream()
            .map(TopicViews::event)
            .collect(Collectors.toList());
    h.revisions =
        em
            .createQuery(
                "select r from RevisionRecord r where r.topicId = :t order by r.version",
                RevisionRecord.class)
            .setParameter("t", topicId)
            .getResultList()
            .stream()
            .map(r -> TopicViews.revision(r, json.read(r.formJson)))
            .collect(Collectors.toList());
    return h;
  }

  /** The summaries of the topics, in the order given; ids of no topic are left out. */
  List<TopicSummary> summaries(EntityManager em, List<Long> ids) {
    Map<Long, TopicRecord> found = byId(em, ids);
    Map<Long, List<Clause>> lifted = new HashMap<>();
    Map<Long, List<RuleOverride>> granted = new HashMap<>();
    for (OverrideRecord o : overrides(em, ids, " order by o.id")) {
      TopicRecord t = found.get(o.topicId);
      if (t == null) {
        continue;
      }
      if (o.lapse(t) == null) {
        lifted.computeIfAbsent(o.topicId, k -> new ArrayList<>()).add(o.clause);
      }
      granted.computeIfAbsent(o.topicId, k -> new ArrayList<>()).add(TopicViews.override(o, t));
    }
    List<TopicSummary> out = new ArrayList<>();
    for (Long id : ids) {
      TopicRecord t = found.get(id);
      if (t != null) {
        TopicSummary s = TopicViews.summary(t, form(t), lifted.getOrDefault(t.id, List.of()));
        s.overrides = granted.getOrDefault(t.id, List.of());
        out.add(s);
      }
    }
    return out;
  }

  private static List<OverrideRecord> overrides(EntityManager em, List<Long> ids, String order) {
    return em.createQuery(
            "select o from OverrideRecord o where o.topicId in :ids" + order, OverrideRecord.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private static Map<Long, TopicRecord> byId(EntityManager em, List<Long> ids) {
    Map<Long, TopicRecord> byId = new HashMap<>();
    for (TopicRecord t :
        em.createQuery("select t from TopicRecord t where t.id in :ids", TopicRecord.class)
            .setParameter("ids", ids)
            .getResultList()) {
      byId.put(t.id, t);
    }
    return byId;
  }
}

package org.govmeeting.intake.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.FileContent;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicEvent;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicHistory;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicRevision;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicStatus;
import org.govmeeting.api.topic.TopicSummary;

/**
 * Topic intake, free of OSGi. Who may see a topic: its own unit and the mayor; the Government
 * Office and the secretariat once it is submitted; its supervisor; and whoever has a step in its
 * review. A topic the caller may not see does not exist for them (404), so its existence does not
 * leak.
 */
class TopicIntake implements TopicService {
  /** Roles that see every submitted topic. */
  private static final Set<Role> OVERSEERS =
      EnumSet.of(Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.SECRETARIAT);

  private final TopicWrites jpa;
  private final Directory directory;
  private final ReviewService review;
  private final Clock clock;
  private final long maxFileBytes;

  /** Topics are counted exactly up to this many (or past the page asked for); see Page. */
  static final int COUNT_CAP = 1000;

  /** Totals of list filters, at most a second old (the items are always fresh). */
  private final ListCounts counts = new ListCounts(1_000_000_000L, System::nanoTime);

  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final ShownTopics shown = new ShownTopics(1024);
  private final KeptPages pages = new KeptPages(512);

  /** Whether this JVM writes every topic (embedded Derby); null until the first list. */
  private volatile Boolean alone;

  TopicIntake(
      JpaTemplate jpa, Directory directory, ReviewService review, Clock clock, long maxFileBytes) {
    this(jpa, TopicWrites.Acts.NONE, directory, review, clock, maxFileBytes);
  }

  TopicIntake(
      JpaTemplate jpa,
      TopicWrites.Acts acts,
      Directory directory,
      ReviewService review,
      Clock clock,
      long maxFileBytes) {
    this.jpa = new TopicWrites(jpa, acts);
    this.directory = directory;
    this.review = review;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes;
  }

  // ---- drafting -------------------------------------------------------------------------

  // rule: F1, F2, F3, T2-T9 — a topic is filed on the form with exactly one category
  @Override
  public Topic create(TopicForm form, Actor actor) {
    Person me = person(actor);
    String supervisor = checkDraft(form, me);
    Instant now = clock.instant();
    // Departments file at once into the same table and indexes: see retryingTransient.
    return ConflictException.retryingTransient(
        () ->
            jpa.txExpr(
                TransactionType.Required,
                em -> {
                  TopicRecord t = new TopicRecord();
                  t.version = 0;
                  t.status = TopicStatus.DRAFT;
                  t.createdBy = actor.personId();
                  t.createdAt = Timestamp.from(now);
                  fill(t, form, supervisor, now);
                  em.persist(t);
                  em.flush();
                  event(em, t, actor, "CREATED", null, now);
                  return toTopic(em, t);
                }));
  }

  @Override
  public Topic update(long id, TopicForm form, Long expectedRevision, Actor actor) {
    Person me = person(actor);
    String supervisor = checkDraft(form, me);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = editable(em, id, actor, me);
          if (expectedRevision != null && expectedRevision != t.revision) {
            throw new org.govmeeting.api.error.StaleRevisionException(
                "topic "
                    + id
                    + " changed since revision "
                    + expectedRevision
                    + " (now "
                    + t.revision
                    + "); read it again before editing");
          }
          fill(t, form, supervisor, now);
          event(em, t, actor, "EDITED", null, now);
          return toTopic(em, t);
        });
  }

  /** Checks a draft filed by {@code me}; returns the supervisor in effect. */
  private String checkDraft(TopicForm form, Person me) {
    if (form != null && FormRules.blank(form.leadUnitId)) {
      form.leadUnitId = me.unitId;
    }
    FormRules.draft(form);
    checkRevision(form);
    return supervisor(form, ownLeadUnit(form, me));
  }

  private void fill(TopicRecord t, TopicForm form, String supervisor, Instant now) {
    t.revisesMeetingId = form.revisesMeetingId;
    t.revisesTopicId = form.revisesTopicId;
    t.name = form.name.trim();
    t.leadUnitId = form.leadUnitId;
    t.category = form.category;
    t.supervisorId = supervisor;
    t.updatedAt = Timestamp.from(now);
    t.formJson = write(form);
  }

  /** The lead unit, which must exist and be the caller's own. */
  private Unit ownLeadUnit(TopicForm form, Person me) {
    Unit lead =
        directory
            .unit(form.leadUnitId)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "leadUnitId", "unit '" + form.leadUnitId + "' does not exist", Clause.F3));
    if (!lead.id.equals(me.unitId)) {
      throw new AccessDeniedException(
          "topics are raised by the lead unit's own staff; you belong to " + me.unitId, Clause.S1);
    }
    return lead;
  }

  // rule: S1 — the supervising vice-mayor or party-group member; the portfolio's unless reasoned
  private String supervisor(TopicForm form, Unit lead) {
    if (FormRules.blank(form.supervisorId) || form.supervisorId.equals(lead.supervisorId)) {
      return lead.supervisorId;
    }
    if (FormRules.blank(form.supervisorReason)) {
      throw new ValidationException(
          "supervisorReason",
          "a supervisor other than the lead unit's (" + lead.supervisorId + ") needs a reason",
          Clause.S1);
    }
    Person s =
        directory
            .person(form.supervisorId)
            .orElseThrow(
                () -> new ValidationException("supervisorId", "no such person", Clause.S1));
    if (s.roles.stream().noneMatch(Role::supervisor)) {
      throw new ValidationException(
          "supervisorId", s.id + " is neither a vice-mayor nor a party-group member", Clause.S1);
    }
    return s.id;
  }

  /** Finds whether a decision was taken on a topic at a meeting; {@code null} if unknown. */
  volatile java.util.function.BiFunction<Long, Long, Boolean> decided = (m, t) -> null;

  // rule: I2 — a decided matter changes only through a new topic linked to its decision
  private void checkRevision(TopicForm form) {
    if (form.revisesMeetingId == null && form.revisesTopicId == null) {
      return;
    }
    if (form.revisesMeetingId == null || form.revisesTopicId == null) {
      throw new ValidationException(
          "revisesTopicId", "name both the meeting and the topic of the decision", Clause.I2);
    }
    Boolean known = decided.apply(form.revisesMeetingId, form.revisesTopicId);
    if (known == null) {
      throw new org.govmeeting.api.error.UnavailableException(
          "the minutes module is not running; decisions cannot be checked");
    }
    if (!known) {
      throw new ValidationException(
          "revisesTopicId", "no decision was taken on that topic at that meeting", Clause.I2);
    }
  }

  @Override
  public List<Long> revisionsOf(long meetingId, long topicId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em.createQuery(
                    "select t.id from TopicRecord t where t.revisesMeetingId = :m"
                        + " and t.revisesTopicId = :t order by t.id",
                    Long.class)
                .setParameter("m", meetingId)
                .setParameter("t", topicId)
                .getResultList());
  }

  // ---- submission and closing -----------------------------------------------------------

  @Override
  public Topic submit(long id, Actor actor) {
    Person me = person(actor);
    TopicRecord snapshot = jpa.txExpr(TransactionType.Required, em -> editable(em, id, actor, me));
    TopicForm form = read(snapshot.formJson);
    Set<MaterialFile.Kind> files = fileKinds(id);
    Set<String> units =
        directory.units(null, null).stream().map(u -> u.id).collect(Collectors.toSet());
    FormRules.submission(form, files, units);
    if (directory.person(form.reporterId).isEmpty()) {
      throw new ValidationException("reporterId", "no such person", Clause.F2);
    }
    int version = snapshot.version + 1;
    TopicFacts facts = facts(snapshot, form, overriddenClauses(id));
    ReviewChain chain = review.start(facts, version, form.meetingId, actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, id);
          if (t.version != snapshot.version || !t.status.editable()) {
            throw new ConflictException("the topic changed while it was being submitted");
          }
          t.version = version;
          t.status = TopicStatus.IN_REVIEW;
          t.meetingId = null;
          t.meetingNote = null;
          t.updatedAt = Timestamp.from(now);
          RevisionRecord r = new RevisionRecord();
          r.topicId = id;
          r.version = version;
          r.submittedAt = Timestamp.from(now);
          r.submittedBy = actor.personId();
          r.formJson = t.formJson;
          em.persist(r);
          event(
              em,
              t,
              actor,
              "SUBMITTED",
              "chain by policy "
                  + chain.policyDistrict
                  + " "
                  + chain.policyVersion
                  + ", "
                  + chain.steps.size()
                  + " steps",
              now);
          return toTopic(em, t);
        });
  }

  private TopicFacts facts(TopicRecord t, TopicForm form, Set<Clause> overridden) {
    TopicFacts f = new TopicFacts();
    f.topicId = t.id;
    f.category = form.category;
    f.leadUnitId = t.leadUnitId;
    f.supervisorId = t.supervisorId;
    f.fiscal = form.fiscal;
    f.normativeDocument = form.normativeDocument;
    f.needsInterpretation = form.needsInterpretation;
    f.partyCommitteeRemit = form.partyCommitteeRemit;
    f.toPartyCommittee = form.toPartyCommittee;
    f.urgent = form.urgent;
    List<Consultation> cs = form.consultations == null ? List.of() : form.consultations;
    f.consulted = !cs.isEmpty();
    f.dissent = cs.stream().anyMatch(c -> c.answer == Consultation.Answer.DISAGREE);
    f.publicConsultationDone = form.publicConsultation != null;
    f.partyPreReported = form.partyPreReport != null;
    f.overridden = overridden;
    return f;
  }

  @Override
  public Topic withdraw(long id, String reason, Actor actor) {
    Person me = person(actor);
    String why = ValidationException.requireText("reason", reason);
    TopicRecord t0 = jpa.txExpr(TransactionType.Required, em -> visible(em, id, actor, me));
    if (!t0.leadUnitId.equals(me.unitId)) {
      throw new AccessDeniedException("only the lead unit withdraws its topic");
    }
    return close(
        id,
        actor,
        TopicStatus.WITHDRAWN,
        "WITHDRAWN",
        why,
        EnumSet.of(
            TopicStatus.DRAFT, TopicStatus.IN_REVIEW, TopicStatus.RETURNED, TopicStatus.READY));
  }

  // rule: S8 — work the supervisor can settle within their own authority is not submitted
  @Override
  public Topic settle(long id, String disposition, Actor actor) {
    Person me = person(actor);
    String how = ValidationException.requireText("disposition", disposition);
    TopicRecord t0 = jpa.txExpr(TransactionType.Required, em -> visible(em, id, actor, me));
    if (!actor.personId().equals(t0.supervisorId)) {
      throw new AccessDeniedException(
          "only the topic's supervisor (" + t0.supervisorId + ") settles it", Clause.S8);
    }
    if (overriddenClauses(id).contains(Clause.S8)) {
      throw new RuleViolationException(
          Clause.S8, "the mayor has lifted S8 for this topic: it goes to the meeting");
    }
    return close(
        id,
        actor,
        TopicStatus.SETTLED,
        "SETTLED",
        how,
        EnumSet.of(TopicStatus.IN_REVIEW, TopicStatus.READY));
  }

  private Topic close(
      long id, Actor actor, TopicStatus to, String kind, String note, Set<TopicStatus> from) {
    TopicStatus current =
        jpa.txExpr(TransactionType.Required, em -> em.find(TopicRecord.class, id).status);
    if (!from.contains(current)) {
      throw new ConflictException("a topic that is " + current + " cannot become " + to);
    }
    review.close(id, kind.toLowerCase(java.util.Locale.ROOT) + ": " + note, actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, id);
          t.status = to;
          t.closingNote = note;
          t.updatedAt = Timestamp.from(now);
          event(em, t, actor, kind, note, now);
          return toTopic(em, t);
        });
  }

  // rule: S3, S7, S8 — 原则上: blocks by default; only the mayor lifts it, recorded
  @Override
  public Topic override(long id, Clause clause, String reason, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("only the mayor may lift a rule for a topic", clause);
    }
    if (clause == null) {
      throw new ValidationException("clause", "name the clause to lift");
    }
    String why = ValidationException.requireText("reason", reason);
    if (!clause.inPrinciple() || !review.activePolicy().overridable.contains(clause)) {
      throw new RuleViolationException(
          clause, clause + " is not a rule the mayor may lift in this district");
    }
    Person me = person(actor);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = visible(em, id, actor, me);
          if (t.status == TopicStatus.WITHDRAWN
              || t.status == TopicStatus.SETTLED
              || t.status == TopicStatus.REJECTED) {
            throw new ConflictException("the topic is " + t.status);
          }
          // Every change of what a topic shows moves its revision (lists cache by revision).
          t.updatedAt = Timestamp.from(now);
          OverrideRecord o = new OverrideRecord();
          o.topicId = id;
          o.clause = clause;
          o.grantedBy = actor.personId();
          o.grantedAt = Timestamp.from(now);
          o.reason = why;
          em.persist(o);
          event(em, t, actor, "OVERRIDE", clause + ": " + why, now);
          return toTopic(em, t);
        });
  }

  // ---- reading --------------------------------------------------------------------------

  @Override
  public Optional<Topic> get(long id, Actor actor) {
    Person me = person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, id);
          return t != null && mayRead(t, actor, me)
              ? Optional.of(toTopic(em, t))
              : Optional.empty();
        });
  }

  @Override
  public Page<Topic> list(TopicQuery q, Actor actor) {
    Person me = person(actor);
    TopicQuery query = q == null ? new TopicQuery() : q;
    int limit = Math.max(1, Math.min(query.limit, 200));
    int offset = Math.max(0, query.offset);
    boolean overseer = actor.hasAny(OVERSEERS);
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
          missing -> jpa.txExpr(TransactionType.Required, em -> readTopics(em, missing)));
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
            revisions = new java.util.LinkedHashMap<>();
            all.entrySet().stream()
                .skip(offset)
                .limit(Math.max(0, count.total() - offset))
                .limit(limit)
                .forEach(e -> revisions.put(e.getKey(), e.getValue()));
          }
          KeptPages.Kept read =
              new KeptPages.Kept(generation, revisions, count.total(), count.capped());
          if (one) {
            pages.keep(key, read);
          }
          return page(read, offset, limit, missing -> readTopics(em, missing));
        });
  }

  private Page<Topic> page(
      KeptPages.Kept kept, int offset, int limit, Function<List<Long>, List<Topic>> read) {
    Page<Topic> page = new Page<>();
    page.total = kept.total();
    page.totalCapped = kept.capped();
    page.offset = offset;
    page.limit = limit;
    page.items = shown.page(kept.revisions(), read);
    return page;
  }

  /** Whether this JVM holds the database alone: embedded Derby, not a network database. */
  private boolean alone(EntityManager em) {
    Boolean single = alone;
    if (single == null) {
      try {
        String url = em.unwrap(java.sql.Connection.class).getMetaData().getURL();
        single = url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
      } catch (java.sql.SQLException e) {
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
    Map<Long, Long> revisions = new java.util.LinkedHashMap<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      revisions.put(((Number) r[0]).longValue(), r[1] == null ? 0L : ((Number) r[1]).longValue());
    }
    return revisions;
  }

  /**
   * Topics by id, in the order given, read whole (those a list does not have at their revision).
   */
  private List<Topic> readTopics(EntityManager em, List<Long> missing) {
    Map<Long, TopicRecord> byId = byId(em, missing);
    List<TopicRecord> rows = new java.util.ArrayList<>();
    for (Long id : missing) {
      if (byId.containsKey(id)) {
        rows.add(byId.get(id));
      }
    }
    return toTopics(em, rows);
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

  @Override
  public TopicHistory history(long id, Actor actor) {
    Person me = person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          visible(em, id, actor, me);
          TopicHistory h = new TopicHistory();
          h.events =
              em
                  .createQuery(
                      "select e from TopicEventRecord e where e.topicId = :t order by e.id",
                      TopicEventRecord.class)
                  .setParameter("t", id)
                  .getResultList()
                  .stream()
                  .map(TopicIntake::toEvent)
                  .collect(Collectors.toList());
          h.revisions =
              em
                  .createQuery(
                      "select r from RevisionRecord r where r.topicId = :t order by r.version",
                      RevisionRecord.class)
                  .setParameter("t", id)
                  .getResultList()
                  .stream()
                  .map(this::toRevision)
                  .collect(Collectors.toList());
          return h;
        });
  }

  @Override
  public List<TopicSummary> summaries(List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          Map<Long, TopicRecord> found = byId(em, ids);
          Map<Long, List<Clause>> lifted = new HashMap<>();
          for (OverrideRecord o :
              em.createQuery(
                      "select o from OverrideRecord o where o.topicId in :ids",
                      OverrideRecord.class)
                  .setParameter("ids", ids)
                  .getResultList()) {
            lifted.computeIfAbsent(o.topicId, k -> new java.util.ArrayList<>()).add(o.clause);
          }
          List<TopicSummary> out = new java.util.ArrayList<>();
          for (Long id : ids) {
            TopicRecord t = found.get(id);
            if (t == null) {
              continue;
            }
            TopicSummary s = new TopicSummary();
            s.id = t.id;
            s.name = t.name;
            s.category = t.category;
            s.leadUnitId = t.leadUnitId;
            s.reporterId = read(t.formJson).reporterId;
            s.supervisorId = t.supervisorId;
            s.status = t.status;
            s.overridden = lifted.getOrDefault(t.id, List.of());
            out.add(s);
          }
          return out;
        });
  }

  // ---- files ----------------------------------------------------------------------------

  // rule: P1 — materials as uploaded files, stored with their checksum
  @Override
  public MaterialFile addFile(
      long id,
      MaterialFile.Kind kind,
      String fileName,
      String contentType,
      byte[] content,
      Actor actor) {
    Person me = person(actor);
    if (kind == null) {
      throw new ValidationException("kind", "say which material this is", Clause.P1);
    }
    String name = ValidationException.requireFileName("name", fileName);
    if (content == null || content.length == 0) {
      throw new ValidationException("content", "the file is empty");
    }
    if (content.length > maxFileBytes) {
      throw new ValidationException(
          "content", "the file is " + content.length + " bytes; at most " + maxFileBytes);
    }
    String sha = sha256(content);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = editable(em, id, actor, me);
          // Every change of what a topic shows moves its revision (lists cache by revision).
          t.updatedAt = Timestamp.from(now);
          FileRecord f = new FileRecord();
          f.topicId = id;
          f.kind = kind;
          f.fileName = name.length() > 255 ? name.substring(0, 255) : name;
          f.contentType =
              FormRules.blank(contentType) ? "application/octet-stream" : contentType.trim();
          f.size = content.length;
          f.sha256 = sha;
          f.uploadedBy = actor.personId();
          f.uploadedAt = Timestamp.from(now);
          f.content = content;
          em.persist(f);
          em.flush();
          event(em, t, actor, "FILE_ADDED", kind + " " + f.fileName + " sha256:" + sha, now);
          return toFile(f);
        });
  }

  @Override
  public FileContent file(long id, long fileId, Actor actor) {
    Person me = person(actor);
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          visible(em, id, actor, me);
          FileRecord f = em.find(FileRecord.class, fileId);
          if (f == null || f.topicId != id) {
            throw new NotFoundException("file", id + "/" + fileId);
          }
          FileContent out = new FileContent();
          out.file = toFile(f);
          out.content = f.content;
          return out;
        });
  }

  private Set<MaterialFile.Kind> fileKinds(long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            EnumSet.copyOf(
                em
                    .createQuery(
                        "select f.kind from FileRecord f where f.topicId = :t",
                        MaterialFile.Kind.class)
                    .setParameter("t", id)
                    .getResultList()
                    .stream()
                    .collect(
                        Collectors.toCollection(() -> EnumSet.noneOf(MaterialFile.Kind.class)))));
  }

  // ---- review outcomes ------------------------------------------------------------------

  /**
   * Mirrors a review outcome onto the topic so lists can filter by status. Outcomes for another
   * version than the topic's current one are stale and ignored.
   */
  void reviewChanged(
      long topicId, int version, ChainState state, Long meetingId, String note, String actorId) {
    TopicStatus to =
        switch (state) {
          case IN_REVIEW -> TopicStatus.IN_REVIEW;
          case RETURNED -> TopicStatus.RETURNED;
          case REJECTED -> TopicStatus.REJECTED;
          case COMPLETE -> TopicStatus.READY;
          case LISTED -> TopicStatus.LISTED;
          case CLOSED -> null;
        };
    if (to == null) {
      return;
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          TopicRecord t = em.find(TopicRecord.class, topicId);
          if (t == null || t.version != version) {
            return;
          }
          boolean moved = t.status != to;
          boolean rebound =
              !java.util.Objects.equals(t.meetingId, meetingId)
                  || !java.util.Objects.equals(t.meetingNote, note);
          if (!moved && !rebound) {
            return;
          }
          t.status = to;
          t.meetingId = meetingId;
          t.meetingNote = note;
          t.updatedAt = Timestamp.from(now);
          TopicEventRecord e = new TopicEventRecord();
          e.topicId = topicId;
          e.at = Timestamp.from(now);
          e.actorId = actorId == null ? "system" : actorId;
          e.kind = "REVIEW_" + state;
          e.version = version;
          e.detail = note;
          em.persist(e);
        });
  }

  /** Brings every topic in review in line with its chain, after a crash between the two. */
  void reconcile() {
    List<long[]> open =
        jpa.txExpr(
            TransactionType.Required,
            em ->
                em
                    .createQuery(
                        "select t.id, t.version from TopicRecord t where t.status in :s",
                        Object[].class)
                    .setParameter(
                        "s",
                        List.of(TopicStatus.IN_REVIEW, TopicStatus.READY, TopicStatus.RETURNED))
                    .getResultList()
                    .stream()
                    .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
                    .collect(Collectors.toList()));
    for (long[] t : open) {
      review
          .chain(t[0], (int) t[1])
          .ifPresent(
              c ->
                  reviewChanged(
                      c.topicId, c.topicVersion, c.state, c.meetingId, c.meetingNote, null));
    }
  }

  // ---- helpers --------------------------------------------------------------------------

  private Person person(Actor actor) {
    if (actor.unitId().isPresent()) {
      // The access filter read this person from the directory for this request already; intake
      // needs only who and which unit.
      Person me = new Person();
      me.id = actor.personId();
      me.name = actor.name();
      me.unitId = actor.unitId().get();
      me.roles = List.copyOf(actor.roles());
      return me;
    }
    return directory
        .person(actor.personId())
        .orElseThrow(
            () -> new AccessDeniedException(actor.personId() + " is not in the directory"));
  }

  private boolean mayRead(TopicRecord t, Actor actor, Person me) {
    // The mayor reads drafts too: a department asks the mayor to lift a rule before submitting.
    if (t.leadUnitId.equals(me.unitId) || actor.has(Role.MAYOR)) {
      return true;
    }
    if (t.status == TopicStatus.DRAFT) {
      return false;
    }
    return actor.hasAny(OVERSEERS)
        || actor.personId().equals(t.supervisorId)
        || review.involves(t.id, actor);
  }

  private TopicRecord visible(EntityManager em, long id, Actor actor, Person me) {
    TopicRecord t = em.find(TopicRecord.class, id);
    if (t == null || !mayRead(t, actor, me)) {
      throw new NotFoundException("topic", String.valueOf(id));
    }
    return t;
  }

  private TopicRecord editable(EntityManager em, long id, Actor actor, Person me) {
    TopicRecord t = visible(em, id, actor, me);
    if (!t.leadUnitId.equals(me.unitId)) {
      throw new AccessDeniedException("only the lead unit's staff edit its topic");
    }
    if (!t.status.editable()) {
      throw new ConflictException("the topic is " + t.status + " and can no longer be changed");
    }
    return t;
  }

  private Set<Clause> overriddenClauses(long id) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select o.clause from OverrideRecord o where o.topicId = :t", Clause.class)
                .setParameter("t", id)
                .getResultList()
                .stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Clause.class))));
  }

  private void event(
      EntityManager em, TopicRecord t, Actor actor, String kind, String detail, Instant now) {
    TopicEventRecord e = new TopicEventRecord();
    e.topicId = t.id;
    e.at = Timestamp.from(now);
    e.actorId = actor.personId();
    e.actorRole = actor.roles().stream().sorted().findFirst().orElse(null);
    e.kind = kind;
    e.version = t.version;
    e.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    em.persist(e);
  }

  private Topic toTopic(EntityManager em, TopicRecord t) {
    return toTopics(em, List.of(t)).get(0);
  }

  /**
   * The topics with their overrides and file descriptions, in two queries for the whole page; the
   * files' bytes are not read (with weaving off, a lazy column would still be loaded).
   */
  private List<Topic> toTopics(EntityManager em, List<TopicRecord> records) {
    if (records.isEmpty()) {
      return List.of();
    }
    List<Long> ids = records.stream().map(t -> t.id).collect(Collectors.toList());
    Map<Long, List<RuleOverride>> overrides = new HashMap<>();
    for (OverrideRecord o :
        em.createQuery(
                "select o from OverrideRecord o where o.topicId in :ids order by o.id",
                OverrideRecord.class)
            .setParameter("ids", ids)
            .getResultList()) {
      overrides.computeIfAbsent(o.topicId, k -> new java.util.ArrayList<>()).add(toOverride(o));
    }
    Map<Long, List<MaterialFile>> files = new HashMap<>();
    for (Object[] f :
        em.createQuery(
                "select f.topicId, f.id, f.kind, f.fileName, f.contentType, f.size, f.sha256,"
                    + " f.uploadedBy, f.uploadedAt from FileRecord f where f.topicId in :ids"
                    + " order by f.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      MaterialFile m = new MaterialFile();
      m.id = (Long) f[1];
      m.kind = (MaterialFile.Kind) f[2];
      m.fileName = (String) f[3];
      m.contentType = (String) f[4];
      m.size = (Long) f[5];
      m.sha256 = (String) f[6];
      m.uploadedBy = (String) f[7];
      m.uploadedAt = ((Timestamp) f[8]).toInstant();
      files.computeIfAbsent((Long) f[0], k -> new java.util.ArrayList<>()).add(m);
    }
    List<Topic> out = new java.util.ArrayList<>();
    for (TopicRecord t : records) {
      Topic topic = new Topic();
      topic.id = t.id;
      topic.version = t.version;
      topic.revision = t.revision;
      topic.status = t.status;
      topic.form = read(t.formJson);
      topic.supervisorId = t.supervisorId;
      topic.createdBy = t.createdBy;
      topic.createdAt = t.createdAt.toInstant();
      topic.updatedAt = t.updatedAt.toInstant();
      topic.meetingId = t.meetingId;
      topic.meetingNote = t.meetingNote;
      topic.closingNote = t.closingNote;
      topic.overrides = overrides.getOrDefault(t.id, List.of());
      topic.files = files.getOrDefault(t.id, List.of());
      out.add(topic);
    }
    return out;
  }

  private static RuleOverride toOverride(OverrideRecord o) {
    RuleOverride r = new RuleOverride();
    r.clause = o.clause;
    r.grantedBy = o.grantedBy;
    r.grantedAt = o.grantedAt.toInstant();
    r.reason = o.reason;
    return r;
  }

  private static MaterialFile toFile(FileRecord f) {
    MaterialFile m = new MaterialFile();
    m.id = f.id;
    m.kind = f.kind;
    m.fileName = f.fileName;
    m.contentType = f.contentType;
    m.size = f.size;
    m.sha256 = f.sha256;
    m.uploadedBy = f.uploadedBy;
    m.uploadedAt = f.uploadedAt.toInstant();
    return m;
  }

  private static TopicEvent toEvent(TopicEventRecord r) {
    TopicEvent e = new TopicEvent();
    e.at = r.at.toInstant();
    e.actorId = r.actorId;
    e.actorRole = r.actorRole;
    e.kind = r.kind;
    e.version = r.version;
    e.detail = r.detail;
    return e;
  }

  private TopicRevision toRevision(RevisionRecord r) {
    TopicRevision out = new TopicRevision();
    out.version = r.version;
    out.submittedAt = r.submittedAt.toInstant();
    out.submittedBy = r.submittedBy;
    out.form = read(r.formJson);
    return out;
  }

  private String write(TopicForm form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store the topic form", e);
    }
  }

  private TopicForm read(String text) {
    try {
      return json.readValue(text, TopicForm.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored topic form is unreadable", e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

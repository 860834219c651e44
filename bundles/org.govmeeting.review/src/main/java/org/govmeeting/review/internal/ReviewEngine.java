package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * The review engine, free of OSGi: chains are built from the policy in force at submission and
 * stored with its name and version, so a later policy never reshapes them. Changes are committed
 * first and announced afterwards, so no listener ever sees a state that was rolled back.
 */
class ReviewEngine implements ReviewService, TopicListService {
  private static final Set<ChainState> OPEN = EnumSet.of(ChainState.IN_REVIEW);

  /** A topic's chains, its newest version first. */
  private static final String NEWEST_OF_TOPIC =
      " from ChainRecord c where c.topicId = :t order by c.topicVersion desc";

  private static final Role[] SUPERVISOR_ROLES = {
    Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR, Role.PARTY_GROUP_MEMBER
  };
  private static final Role[] HEAD_ROLES = {
    Role.DEPARTMENT_HEAD,
    Role.SUBDISTRICT_HEAD,
    Role.FINANCE_HEAD,
    Role.JUSTICE_HEAD,
    Role.AUDIT_HEAD,
    Role.PETITIONS_HEAD,
    Role.OFFICE_DIRECTOR,
    Role.SECRETARIAT,
    Role.MAYOR
  };

  private final JpaTemplate jpa;
  private final Directory directory;
  private final MeetingService meetings;
  private final Policies policies;
  private final Consumer<Map<String, Object>> announce;
  private final Clock clock;

  /**
   * @param announce posts a {@link Events#REVIEW_CHANGED} or {@link Events#TOPIC_ROLLED_OVER}
   *     event; its map holds the event topic under the key {@code "event.topics"}
   */
  ReviewEngine(
      JpaTemplate jpa,
      Directory directory,
      MeetingService meetings,
      Policies policies,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.meetings = meetings;
    this.policies = policies;
    this.announce = announce;
    this.clock = clock;
  }

  // ---- chains ---------------------------------------------------------------------------

  // rule: S1, S3, S4, S5, S6 — the active policy checks the topic and builds its chain
  @Override
  public ReviewChain start(
      TopicFacts facts, int version, Long requestedMeetingId, Actor submitter) {
    Policies.Entry entry = policies.active();
    Policy policy = entry.policy;
    Set<Clause> liftable = policy.overridable();
    List<Finding> blocking = new ArrayList<>();
    for (Finding f : policy.check(facts)) {
      boolean lifted = liftable.contains(f.clause) && facts.overridden.contains(f.clause);
      if (!lifted) {
        blocking.add(f);
      }
    }
    if (!blocking.isEmpty()) {
      Finding first = blocking.get(0);
      String message =
          blocking.stream().map(f -> f.clause + ": " + f.message).collect(Collectors.joining("; "));
      if (liftable.contains(first.clause) && first.clause.inPrinciple()) {
        message += " (the mayor may lift " + first.clause + " for this topic, with a reason)";
      }
      throw new RuleViolationException(first.clause, message);
    }
    if (facts.supervisorId == null) {
      throw new ValidationException(
          "supervisorId", "the topic has no supervising vice-mayor to sign it", Clause.S1);
    }
    List<ReviewStep> plan = policy.chain(facts);
    if (plan.isEmpty()) {
      throw new IllegalStateException(entry.district + " policy built an empty chain");
    }
    String leadHead = null;
    if (plan.stream().anyMatch(s -> s.signer == ReviewStep.Signer.LEAD_UNIT_HEAD)) {
      leadHead =
          directory
              .unit(facts.leadUnitId)
              .map(u -> u.headId)
              .orElseThrow(
                  () ->
                      new ValidationException(
                          "leadUnitId", "the lead unit has no head", Clause.F4));
    }
    Instant now = clock.instant();
    String head = leadHead;
    ReviewChain chain =
        retrying(
            em -> {
              ChainRecord existing = find(em, facts.topicId, version);
              if (existing != null) {
                if (existing.steps.stream().anyMatch(s -> s.actorId != null)) {
                  throw new ConflictException(
                      "version "
                          + version
                          + " of topic "
                          + facts.topicId
                          + " is already in review");
                }
                em.remove(existing);
                em.flush();
              }
              ChainRecord c = new ChainRecord();
              c.topicId = facts.topicId;
              c.topicVersion = version;
              c.policyDistrict = entry.district;
              c.policyVersion = entry.version;
              c.state = ChainState.IN_REVIEW;
              c.startedAt = Timestamp.from(now);
              c.startedBy = submitter.personId();
              c.requestedMeetingId = requestedMeetingId;
              int firstStage = plan.stream().mapToInt(s -> s.stage).min().orElseThrow();
              for (ReviewStep s : plan) {
                StepRecord r = new StepRecord();
                r.chain = c;
                r.stage = s.stage;
                r.clause = s.clause;
                r.label = s.label;
                switch (s.signer) {
                  case SUPERVISOR -> r.signerId = facts.supervisorId;
                  case LEAD_UNIT_HEAD -> r.signerId = head;
                  default -> r.role = Objects.requireNonNull(s.role, "role of " + s.label);
                }
                r.state = s.stage == firstStage ? StepState.PENDING : StepState.WAITING;
                c.steps.add(r);
              }
              em.persist(c);
              em.flush();
              return toChain(c);
            });
    changed(chain, submitter);
    return chain;
  }

  @Override
  public Optional<ReviewChain> chain(long topicId, int version) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> Optional.ofNullable(find(em, topicId, version)).map(ReviewEngine::toChain));
  }

  @Override
  public List<ReviewChain> chains(long topicId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            em
                .createQuery(
                    "select c from ChainRecord c where c.topicId = :t order by c.topicVersion",
                    ChainRecord.class)
                .setParameter("t", topicId)
                .getResultList()
                .stream()
                .map(ReviewEngine::toChain)
                .collect(Collectors.toList()));
  }

  // rule: F4, F5, F6, F7, F8 — each row of the form is a signature by the named role
  @Override
  public ReviewChain sign(long topicId, long stepId, String comment, Actor actor) {
    return act(topicId, stepId, actor, StepState.SIGNED, comment, false);
  }

  @Override
  public ReviewChain returnTopic(long topicId, long stepId, String reason, Actor actor) {
    return act(
        topicId,
        stepId,
        actor,
        StepState.RETURNED,
        ValidationException.requireText("reason", reason),
        true);
  }

  @Override
  public ReviewChain reject(long topicId, long stepId, String reason, Actor actor) {
    return act(
        topicId,
        stepId,
        actor,
        StepState.REJECTED,
        ValidationException.requireText("reason", reason),
        true);
  }

  private ReviewChain act(
      long topicId, long stepId, Actor actor, StepState outcome, String comment, boolean ends) {
    Instant now = clock.instant();
    Map<String, Object> rolled = new HashMap<>();
    ReviewChain chain =
        retrying(
            em -> {
              rolled.clear();
              ChainRecord c = locked(em, topicId);
              StepRecord step =
                  c == null
                      ? null
                      : c.steps.stream().filter(s -> s.id == stepId).findFirst().orElse(null);
              if (step == null) {
                throw new NotFoundException("review step", topicId + "/" + stepId);
              }
              Role role = actingRole(step, actor);
              if (!OPEN.contains(c.state)) {
                throw new ConflictException("the review of this topic is " + c.state);
              }
              if (step.state != StepState.PENDING) {
                throw new ConflictException(
                    step.state == StepState.WAITING
                        ? "this step opens when the steps before it are signed"
                        : "this step is already " + step.state,
                    step.clause);
              }
              step.state = outcome;
              step.actorId = actor.personId();
              step.actorRole = role;
              step.actedAt = Timestamp.from(now);
              step.comment = comment;
              if (ends) {
                for (StepRecord s : c.steps) {
                  if (s.state == StepState.PENDING || s.state == StepState.WAITING) {
                    s.state = StepState.CANCELLED;
                  }
                }
                c.state = outcome == StepState.RETURNED ? ChainState.RETURNED : ChainState.REJECTED;
              } else {
                advance(c, now, rolled);
              }
              return toChain(c);
            });
    changed(chain, actor);
    if (!rolled.isEmpty()) {
      announce.accept(rolled);
    }
    return chain;
  }

  /** Concurrent submissions and signatures wait on each other's rows: see retryingTransient. */
  private <R> R retrying(EmFunction<R> work) {
    return ConflictException.retryingTransient(() -> jpa.txExpr(TransactionType.Required, work));
  }

  /** Opens the next stage when this one is signed; completes the chain after the last. */
  private void advance(ChainRecord c, Instant now, Map<String, Object> rolled) {
    boolean stageOpen = c.steps.stream().anyMatch(s -> s.state == StepState.PENDING);
    if (stageOpen) {
      return;
    }
    int next =
        c.steps.stream()
            .filter(s -> s.state == StepState.WAITING)
            .mapToInt(s -> s.stage)
            .min()
            .orElse(-1);
    if (next >= 0) {
      c.steps.stream().filter(s -> s.stage == next).forEach(s -> s.state = StepState.PENDING);
      return;
    }
    c.state = ChainState.COMPLETE;
    c.completedAt = Timestamp.from(now);
    bindToMeeting(c, now, rolled);
  }

  // rule: S9 — a topic sent in late goes to the next meeting
  private void bindToMeeting(ChainRecord c, Instant now, Map<String, Object> rolled) {
    Meeting asked =
        c.requestedMeetingId == null ? null : meetings.get(c.requestedMeetingId).orElse(null);
    boolean askedOpen =
        asked != null
            && !now.isAfter(asked.cutoff)
            && (asked.status == Meeting.Status.PLANNED || asked.status == Meeting.Status.NOTIFIED);
    if (askedOpen) {
      c.meetingId = asked.id;
      c.meetingNote = null;
      return;
    }
    Optional<Meeting> next = meetings.nextOpen(now);
    c.meetingId = next.map(m -> m.id).orElse(null);
    if (asked != null) {
      c.meetingNote =
          "S9: ready after the cut-off of meeting "
              + asked.number
              + "; "
              + next.map(m -> "moved to meeting " + m.number)
                  .orElse("waiting for the next meeting");
      rolled.put("event.topics", Events.TOPIC_ROLLED_OVER);
      rolled.put(Events.TOPIC_ID, c.topicId);
      rolled.put(Events.VERSION, c.topicVersion);
      rolled.put(Events.NOTE, c.meetingNote);
      if (c.meetingId != null) {
        rolled.put(Events.MEETING_ID, c.meetingId);
      }
    }
  }

  /** The role the actor signs in; refuses anyone the step does not name. */
  private static Role actingRole(StepRecord step, Actor actor) {
    if (step.signerId != null) {
      if (!step.signerId.equals(actor.personId())) {
        throw new AccessDeniedException(
            "this step is for " + step.signerId + " to sign (" + step.clause + ")", step.clause);
      }
      Role[] candidates = step.clause == Clause.F7 ? SUPERVISOR_ROLES : HEAD_ROLES;
      for (Role r : candidates) {
        if (actor.has(r)) {
          return r;
        }
      }
      return actor.roles().stream().sorted().findFirst().orElse(null);
    }
    if (!actor.has(step.role)) {
      throw new AccessDeniedException(
          "this step is for the " + step.role + " to sign (" + step.clause + ")", step.clause);
    }
    return step.role;
  }

  @Override
  public void close(long topicId, String reason, Actor actor) {
    ReviewChain chain =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              ChainRecord c = latest(em, topicId);
              if (c == null
                  || c.state == ChainState.CLOSED
                  || c.state == ChainState.RETURNED
                  || c.state == ChainState.REJECTED) {
                return null;
              }
              if (c.state == ChainState.LISTED) {
                throw new ConflictException(
                    "the topic is on an approved topic list; only the mayor can take it off");
              }
              for (StepRecord s : c.steps) {
                if (s.state == StepState.PENDING || s.state == StepState.WAITING) {
                  s.state = StepState.CANCELLED;
                  s.comment = reason;
                }
              }
              c.state = ChainState.CLOSED;
              return toChain(c);
            });
    if (chain != null) {
      changed(chain, actor);
    }
  }

  @Override
  public boolean involves(long topicId, Actor actor) {
    return jpa.txExpr(
        TransactionType.Required,
        em -> !involving(em, actor, " and s.chain.topicId = :t", topicId).isEmpty());
  }

  @Override
  public List<Long> topicsInvolving(Actor actor) {
    return jpa.txExpr(TransactionType.Required, em -> involving(em, actor, "", null));
  }

  private static List<Long> involving(EntityManager em, Actor actor, String and, Long topicId) {
    String who =
        actor.roles().isEmpty() ? "s.signerId = :p" : "(s.signerId = :p or s.role in :roles)";
    javax.persistence.TypedQuery<Long> q =
        em.createQuery(
            "select distinct s.chain.topicId from StepRecord s where " + who + and, Long.class);
    q.setParameter("p", actor.personId());
    if (!actor.roles().isEmpty()) {
      q.setParameter("roles", actor.roles());
    }
    if (topicId != null) {
      q.setParameter("t", topicId);
    }
    return q.getResultList();
  }

  @Override
  public List<PolicyInfo> policies() {
    return policies.infos();
  }

  @Override
  public PolicyInfo activePolicy() {
    return Policies.info(policies.active(), true);
  }

  // ---- topic lists ----------------------------------------------------------------------

  // rule: S1 — the Office compiles the topic list
  @Override
  public TopicList compile(long meetingId, Actor actor) {
    if (!actor.has(Role.OFFICE_DIRECTOR) && !actor.has(Role.OFFICE_STAFF)) {
      throw new AccessDeniedException("the Government Office compiles the topic list", Clause.S1);
    }
    Role role = actor.actingAs(Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);
    Meeting meeting = openMeeting(meetingId);
    Instant now = clock.instant();
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicListRecord list = em.find(TopicListRecord.class, meetingId);
          if (list != null && list.state == TopicList.State.APPROVED) {
            throw new ConflictException(
                "the topic list of meeting " + meeting.number + " is approved and fixed");
          }
          List<ChainRecord> ready =
              em.createQuery(
                      "select c from ChainRecord c where c.state = :complete and (c.meetingId ="
                          + " :m or (c.meetingId is null and c.completedAt <= :cutoff))"
                          + " order by c.completedAt, c.id",
                      ChainRecord.class)
                  .setParameter("complete", ChainState.COMPLETE)
                  .setParameter("m", meetingId)
                  .setParameter("cutoff", Timestamp.from(meeting.cutoff))
                  .getResultList();
          if (list == null) {
            list = new TopicListRecord();
            list.meetingId = meetingId;
            em.persist(list);
          }
          list.state = TopicList.State.DRAFT;
          list.topicIds.clear();
          for (ChainRecord c : ready) {
            c.meetingId = meetingId;
            list.topicIds.add(c.topicId);
          }
          list.compiledBy = actor.personId() + ":" + role;
          list.compiledAt = Timestamp.from(now);
          return toList(list);
        });
  }

  @Override
  public Optional<TopicList> get(long meetingId) {
    return jpa.txExpr(
        TransactionType.Required,
        em ->
            Optional.ofNullable(em.find(TopicListRecord.class, meetingId))
                .map(ReviewEngine::toList));
  }

  // rule: S1 — the mayor approves the final list; S9 — what is left off goes to the next meeting
  @Override
  public TopicList approve(long meetingId, List<Long> topicIds, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException("only the mayor approves the topic list", Clause.S1);
    }
    Meeting meeting = openMeeting(meetingId);
    Instant now = clock.instant();
    Optional<Meeting> following = meetings.following(meetingId);
    List<ReviewChain> touched = new ArrayList<>();
    TopicList result =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              TopicListRecord list = em.find(TopicListRecord.class, meetingId);
              if (list == null) {
                throw new ConflictException(
                    "the Office has not compiled a topic list for meeting " + meeting.number,
                    Clause.S1);
              }
              if (list.state == TopicList.State.APPROVED) {
                throw new ConflictException("the topic list is already approved");
              }
              List<Long> finalIds =
                  topicIds == null ? new ArrayList<>(list.topicIds) : new ArrayList<>(topicIds);
              if (new LinkedHashSet<>(finalIds).size() != finalIds.size()) {
                throw new ValidationException("topicIds", "a topic appears twice on the list");
              }
              List<ChainRecord> listed = new ArrayList<>();
              for (Long id : finalIds) {
                ChainRecord c = latest(em, id);
                if (c == null || c.state != ChainState.COMPLETE) {
                  throw new ValidationException(
                      "topicIds", "topic " + id + " has not completed its review", Clause.S1);
                }
                if (!Objects.equals(c.meetingId, meetingId)
                    && c.completedAt.toInstant().isAfter(meeting.cutoff)) {
                  throw new RuleViolationException(
                      Clause.S9, "topic " + id + " was ready after this meeting's cut-off");
                }
                listed.add(c);
              }
              for (ChainRecord c : listed) {
                c.state = ChainState.LISTED;
                c.meetingId = meetingId;
                touched.add(toChain(c));
              }
              List<ChainRecord> leftOff =
                  em.createQuery(
                          "select c from ChainRecord c where c.state = :complete and c.meetingId = :m",
                          ChainRecord.class)
                      .setParameter("complete", ChainState.COMPLETE)
                      .setParameter("m", meetingId)
                      .getResultList();
              for (ChainRecord c : leftOff) {
                c.meetingId = following.map(m -> m.id).orElse(null);
                c.meetingNote =
                    "not on the approved topic list of meeting "
                        + meeting.number
                        + "; "
                        + following
                            .map(m -> "moved to meeting " + m.number)
                            .orElse("waiting for the next meeting");
                touched.add(toChain(c));
              }
              list.topicIds.clear();
              list.topicIds.addAll(finalIds);
              list.state = TopicList.State.APPROVED;
              list.approvedBy = actor.personId();
              list.approvedAt = Timestamp.from(now);
              return toList(list);
            });
    for (ReviewChain c : touched) {
      changed(c, actor);
    }
    return result;
  }

  // rule: S7 — a topic whose supervisor cannot attend goes to the next meeting
  @Override
  public TopicList defer(long meetingId, long topicId, String reason, Actor actor) {
    String why = ValidationException.requireText("reason", reason);
    Meeting meeting =
        meetings.get(meetingId).orElseThrow(() -> new NotFoundException("meeting", "" + meetingId));
    Optional<Meeting> following = meetings.following(meetingId);
    List<ReviewChain> touched = new ArrayList<>();
    TopicList result =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              TopicListRecord list = em.find(TopicListRecord.class, meetingId);
              if (list == null || !list.topicIds.remove(Long.valueOf(topicId))) {
                throw new NotFoundException(
                    "topic on the list of meeting " + meeting.number, String.valueOf(topicId));
              }
              ChainRecord c = latest(em, topicId);
              c.state = ChainState.COMPLETE;
              c.meetingId = following.map(m -> m.id).orElse(null);
              c.meetingNote =
                  why
                      + "; "
                      + following
                          .map(m -> "moved to meeting " + m.number)
                          .orElse("waiting for the next meeting");
              touched.add(toChain(c));
              return toList(list);
            });
    touched.forEach(c -> changed(c, actor));
    return result;
  }

  private Meeting openMeeting(long meetingId) {
    Meeting meeting =
        meetings.get(meetingId).orElseThrow(() -> new NotFoundException("meeting", "" + meetingId));
    if (meeting.status != Meeting.Status.PLANNED && meeting.status != Meeting.Status.NOTIFIED) {
      throw new ConflictException("meeting " + meeting.number + " is " + meeting.status);
    }
    return meeting;
  }

  // ---- helpers --------------------------------------------------------------------------

  private void changed(ReviewChain chain, Actor actor) {
    Map<String, Object> e = new HashMap<>();
    e.put("event.topics", Events.REVIEW_CHANGED);
    e.put(Events.TOPIC_ID, chain.topicId);
    e.put(Events.VERSION, chain.topicVersion);
    e.put(Events.STATE, chain.state.name());
    if (chain.meetingId != null) {
      e.put(Events.MEETING_ID, chain.meetingId);
    }
    if (chain.meetingNote != null) {
      e.put(Events.NOTE, chain.meetingNote);
    }
    e.put(Events.ACTOR_ID, actor.personId());
    announce.accept(e);
  }

  private static ChainRecord find(EntityManager em, long topicId, int version) {
    return em
        .createQuery(
            "select c from ChainRecord c where c.topicId = :t and c.topicVersion = :v",
            ChainRecord.class)
        .setParameter("t", topicId)
        .setParameter("v", version)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The chain again, with its row locked in the database until the transaction ends: acts on one
   * chain are taken one after the other, on any node, so two signatures of one step cannot both
   * succeed and two steps of one stage signed at once still open the next stage.
   */
  private static ChainRecord locked(EntityManager em, long topicId) {
    // Only the id first, so that nothing of the chain is read before the lock is held.
    Long id =
        em
            .createQuery("select c.id" + NEWEST_OF_TOPIC, Long.class)
            .setParameter("t", topicId)
            .setMaxResults(1)
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    return id == null ? null : em.find(ChainRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  private static ChainRecord latest(EntityManager em, long topicId) {
    return em
        .createQuery("select c" + NEWEST_OF_TOPIC, ChainRecord.class)
        .setParameter("t", topicId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }

  static ReviewChain toChain(ChainRecord c) {
    ReviewChain out = new ReviewChain();
    out.id = c.id;
    out.topicId = c.topicId;
    out.topicVersion = c.topicVersion;
    out.policyDistrict = c.policyDistrict;
    out.policyVersion = c.policyVersion;
    out.state = c.state;
    out.startedAt = c.startedAt.toInstant();
    out.completedAt = c.completedAt == null ? null : c.completedAt.toInstant();
    out.meetingId = c.meetingId;
    out.meetingNote = c.meetingNote;
    out.steps = new ArrayList<>();
    for (StepRecord s : c.steps) {
      Step st = new Step();
      st.id = s.id;
      st.stage = s.stage;
      st.role = s.role;
      st.signerId = s.signerId;
      st.clause = s.clause;
      st.label = s.label;
      st.state = s.state;
      st.actorId = s.actorId;
      st.actorRole = s.actorRole;
      st.actedAt = s.actedAt == null ? null : s.actedAt.toInstant();
      st.comment = s.comment;
      out.steps.add(st);
    }
    return out;
  }

  private static TopicList toList(TopicListRecord r) {
    TopicList out = new TopicList();
    out.meetingId = r.meetingId;
    out.state = r.state;
    out.topicIds = new ArrayList<>(r.topicIds);
    out.compiledBy = r.compiledBy;
    out.compiledAt = r.compiledAt.toInstant();
    out.approvedBy = r.approvedBy;
    out.approvedAt = r.approvedAt == null ? null : r.approvedAt.toInstant();
    return out;
  }
}

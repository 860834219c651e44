package org.govmeeting.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * A submission starts the topic's review chain, built by the policy in force and stored with its
 * name and version, so a later policy never reshapes it; the named roles and persons sign, return
 * or reject its steps; a withdrawn or settled topic's chain is closed.
 */
final class ChainReviews {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final MeetingService meetings;
  private final Policies policies;
  private final ReviewEvents events;
  private final Clock clock;

  ChainReviews(
      JpaTemplate jpa,
      Directory directory,
      MeetingService meetings,
      Policies policies,
      ReviewEvents events,
      Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.meetings = meetings;
    this.policies = policies;
    this.events = events;
    this.clock = clock;
  }

  // rule: S1, S3, S4, S5, S6 — the active policy checks the topic and builds its chain
  ReviewChain start(TopicFacts facts, int version, Long requestedMeetingId, Actor submitter) {
    Policies.Entry entry = policies.active();
    Policy policy = entry.policy;
    ChainRules.admit(policy, facts);
    if (facts.supervisorId == null) {
      throw new ValidationException(
          "supervisorId",
          Clause.S1,
          "该议题没有可签署意见的分管副区长",
          "the topic has no supervising vice-mayor to sign it");
    }
    List<ReviewStep> plan = policy.chain(facts);
    if (plan.isEmpty()) {
      throw new IllegalStateException(entry.district + " policy built an empty chain");
    }
    String leadHead = StepPlan.leadHead(directory, facts, plan);
    Instant now = clock.instant();
    String head = leadHead;
    ReviewChain chain =
        retrying(
            em -> {
              ChainRecord existing = Chains.find(em, facts.topicId, version);
              if (existing != null) {
                if (existing.steps.stream().anyMatch(s -> s.actorId != null)) {
                  throw new ConflictException(
                      "议题“" + facts.topicId + "”的第" + version + "版已在审核中",
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
                StepRecord r = StepPlan.row(c, s, facts, head);
                r.state = s.stage == firstStage ? StepState.PENDING : StepState.WAITING;
                c.steps.add(r);
              }
              em.persist(c);
              em.flush();
              return Chains.toChain(c);
            });
    events.changed(chain, submitter);
    events.opened(chain, null);
    return chain;
  }

  // rule: F4, F5, F6, F7, F8 — each row of the form is a signature by the named role
  ReviewChain sign(
      long topicId, long stepId, String comment, Boolean withinAuthority, Actor actor) {
    return act(topicId, stepId, actor, StepState.SIGNED, comment, withinAuthority, false);
  }

  ReviewChain returnTopic(long topicId, long stepId, String reason, Actor actor) {
    String why = ValidationException.requireText("reason", reason, "退回理由");
    return act(topicId, stepId, actor, StepState.RETURNED, why, null, true);
  }

  ReviewChain reject(long topicId, long stepId, String reason, Actor actor) {
    String why = ValidationException.requireText("reason", reason, "不予通过的理由");
    return act(topicId, stepId, actor, StepState.REJECTED, why, null, true);
  }

  private ReviewChain act(
      long topicId,
      long stepId,
      Actor actor,
      StepState outcome,
      String comment,
      Boolean withinAuthority,
      boolean ends) {
    Instant now = clock.instant();
    Map<String, Object> rolled = new HashMap<>();
    int[] actedStage = new int[1];
    ReviewChain chain =
        retrying(
            em -> {
              rolled.clear();
              ChainRecord c = Chains.locked(em, topicId);
              StepRecord step =
                  c == null
                      ? null
                      : c.steps.stream().filter(s -> s.id == stepId).findFirst().orElse(null);
              if (step == null) {
                throw new NotFoundException("审核环节", "review step", topicId + "/" + stepId);
              }
              Role role = ChainRules.actingRole(step, actor);
              ChainRules.actable(c, step);
              // rule: S8 — the supervisor's signature answers whether it is theirs to settle
              if (outcome == StepState.SIGNED && step.clause == Clause.F7) {
                step.withinAuthority = ChainRules.authorityAnswer(withinAuthority);
              }
              actedStage[0] = step.stage;
              step.state = outcome;
              step.actorId = actor.personId();
              step.actorRole = role;
              step.actedAt = Timestamp.from(now);
              step.comment = comment;
              if (ends) {
                ChainRules.cancelOpen(c);
                c.state = outcome == StepState.RETURNED ? ChainState.RETURNED : ChainState.REJECTED;
              } else {
                boolean complete = ChainRules.advance(c);
                if (c.sentInAt == null && ChainRules.sentIn(c)) {
                  c.sentInAt = Timestamp.from(now);
                }
                if (complete) {
                  c.state = ChainState.COMPLETE;
                  c.completedAt = Timestamp.from(now);
                  rolled.putAll(bindToMeeting(c, now));
                }
              }
              return Chains.toChain(c);
            });
    events.changed(chain, actor);
    events.opened(chain, actedStage[0]);
    if (!rolled.isEmpty()) {
      events.post(rolled);
    }
    return chain;
  }

  /**
   * Concurrent submissions and signatures wait on each other's rows; a lock conflict fails the act,
   * and the REST layer runs the whole act again (ActRetry): a retry here, inside the act's
   * transaction, would run in a transaction the database already rolled back.
   */
  private <R> R retrying(EmFunction<R> work) {
    return jpa.txExpr(TransactionType.Required, work);
  }

  // rule: S9 — a topic sent in late goes to the next meeting; on time is judged by when it
  // reached the Office, so the Office's own check never makes it late
  /** Binds a complete chain to its meeting; returns the roll-over to announce, if it moved on. */
  private Map<String, Object> bindToMeeting(ChainRecord c, Instant now) {
    Instant sentIn = Chains.sentIn(c);
    Meeting asked =
        c.requestedMeetingId == null ? null : meetings.get(c.requestedMeetingId).orElse(null);
    if (ChainRules.takesTopics(asked, sentIn)) {
      c.meetingId = asked.id;
      c.meetingNote = null;
      return Map.of();
    }
    Optional<Meeting> next = meetings.nextOpen(sentIn);
    c.meetingId = next.map(m -> m.id).orElse(null);
    Meeting missed = asked != null ? asked : missedCutoff(sentIn, now, next).orElse(null);
    if (missed == null) {
      c.meetingNote = null;
      return Map.of();
    }
    c.meetingNote = ChainRules.lateNote(missed, sentIn, next);
    return ReviewEvents.rolledOver(c);
  }

  /**
   * The meeting still to come whose cut-off the topic missed, when the department asked for none:
   * the earliest one scheduled before the meeting it now goes to.
   */
  private Optional<Meeting> missedCutoff(Instant sentIn, Instant now, Optional<Meeting> next) {
    List<Meeting> open = new ArrayList<>(meetings.list(Meeting.Status.PLANNED, 0, 100));
    open.addAll(meetings.list(Meeting.Status.NOTIFIED, 0, 100));
    return open.stream()
        .filter(m -> m.cutoff.isBefore(sentIn) && m.scheduledAt.isAfter(now))
        .filter(m -> next.isEmpty() || m.scheduledAt.isBefore(next.get().scheduledAt))
        .min(java.util.Comparator.comparing((Meeting m) -> m.scheduledAt));
  }

  void close(long topicId, String reason, Actor actor) {
    ReviewChain chain =
        jpa.txExpr(
            TransactionType.Required,
            em -> {
              ChainRecord c = Chains.latest(em, topicId);
              if (c == null
                  || c.state == ChainState.CLOSED
                  || c.state == ChainState.RETURNED
                  || c.state == ChainState.REJECTED) {
                return null;
              }
              if (c.state == ChainState.LISTED) {
                throw new ConflictException(
                    "该议题已列入区长审定的议题表，只有区长可以将其撤出",
                    "the topic is on an approved topic list; only the mayor can take it off");
              }
              for (StepRecord s : ChainRules.cancelOpen(c)) {
                s.comment = reason;
              }
              c.state = ChainState.CLOSED;
              return Chains.toChain(c);
            });
    if (chain != null) {
      events.changed(chain, actor);
    }
  }
}

package org.govmeeting.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Findings;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * What a review chain allows, as functions of the chain and who acts: whether a topic may start
 * one, who signs a step and in which role, and how an act moves the chain on. Nothing here reads or
 * writes the database.
 */
final class ChainRules {
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

  private ChainRules() {}

  /**
   * Refuses the topic if the policy finds against it, unless the mayor lifted the finding's clause
   * and the policy lets them; every finding at once.
   */
  static void admit(Policy policy, TopicFacts facts) {
    List<Violation> blocking = blocking(policy, facts);
    if (!blocking.isEmpty()) {
      throw new RuleViolationException(blocking);
    }
  }

  /** What the policy finds against the topic and the mayor has not lifted, in both languages. */
  static List<Violation> blocking(Policy policy, TopicFacts facts) {
    Set<Clause> liftable = policy.overridable();
    List<Violation> blocking = new ArrayList<>();
    for (Finding f : Findings.blocking(policy, facts)) {
      // A district's own clause is lifted, or not, as the regulation's it rests on.
      Clause clause = Findings.clauseOf(f);
      boolean liftableHere = clause != null && liftable.contains(clause);
      String zh = f.chinese;
      String en = f.message;
      if (liftableHere && clause.inPrinciple()) {
        zh = (zh == null ? en : zh) + "（区长可就本议题说明理由后准予例外）";
        en = en + " (the mayor may lift " + clause + " for this topic, with a reason)";
      }
      blocking.add(new Violation(null, clause, zh, en, f.own));
    }
    return blocking;
  }

  /** The role the actor signs in; refuses anyone the step does not name. */
  static Role actingRole(StepRecord step, Actor actor) {
    if (step.signerId != null) {
      if (!step.signerId.equals(actor.personId())) {
        throw new AccessDeniedException(
            step.clause,
            "本环节（" + step.label + "）应由" + step.signerId + "签署",
            "this step is for " + step.signerId + " to sign (" + step.clause + ")");
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
          step.clause,
          "本环节（" + step.label + "）应由" + Chinese.of(step.role) + "签署",
          "this step is for the " + step.role + " to sign (" + step.clause + ")");
    }
    return step.role;
  }

  /**
   * The supervising vice-mayor's answer at F7 to S8, which the signature must give: work they can
   * settle within their own authority is not submitted to the meeting.
   */
  static boolean authorityAnswer(Boolean withinAuthority) {
    if (withinAuthority == null) {
      throw new ValidationException(
          "withinAuthority",
          Clause.S8,
          "分管副区长签字时须回答：该事项是否属于本人职权范围内可以协调解决的事项",
          "the supervisor's signature answers whether this can be settled within their own"
              + " authority");
    }
    return withinAuthority;
  }

  /**
   * Refuses an act on a step that is not open: the chain ended, or the step waits or was acted on.
   */
  static void actable(ChainRecord c, StepRecord step) {
    if (c.state != ChainState.IN_REVIEW) {
      throw new ConflictException(
          "该议题的审核当前状态为“" + Chinese.of(c.state) + "”，不能再签署",
          "the review of this topic is " + c.state);
    }
    if (step.state != StepState.PENDING) {
      throw new ConflictException(
          step.clause,
          step.state == StepState.WAITING
              ? "前序环节签署后，本环节方可办理"
              : "本环节当前状态为“" + Chinese.of(step.state) + "”，不能再办理",
          step.state == StepState.WAITING
              ? "this step opens when the steps before it are signed"
              : "this step is already " + step.state);
    }
  }

  /** Cancels the steps nobody acted on yet; returns them. */
  static List<StepRecord> cancelOpen(ChainRecord c) {
    List<StepRecord> cancelled = new ArrayList<>();
    for (StepRecord s : c.steps) {
      if (s.state == StepState.PENDING || s.state == StepState.WAITING) {
        s.state = StepState.CANCELLED;
        cancelled.add(s);
      }
    }
    return cancelled;
  }

  /**
   * Opens the next stage when this one is signed; returns true when there is none (the last stage
   * is signed).
   */
  static boolean advance(ChainRecord c) {
    boolean stageOpen = c.steps.stream().anyMatch(s -> s.state == StepState.PENDING);
    if (stageOpen) {
      return false;
    }
    int next =
        c.steps.stream()
            .filter(s -> s.state == StepState.WAITING)
            .mapToInt(s -> s.stage)
            .min()
            .orElse(-1);
    if (next >= 0) {
      c.steps.stream().filter(s -> s.stage == next).forEach(s -> s.state = StepState.PENDING);
      return false;
    }
    return true;
  }

  /** Whether a meeting still takes topics completed at this moment (S9). */
  static boolean takesTopics(Meeting meeting, Instant when) {
    return meeting != null
        && !when.isAfter(meeting.cutoff)
        && (meeting.status == Meeting.Status.PLANNED || meeting.status == Meeting.Status.NOTIFIED);
  }

  /**
   * Whether the topic has reached the Office (S9): every step but the Office's check (F8) is
   * signed. A chain without that step reaches it when it completes.
   */
  static boolean sentIn(ChainRecord c) {
    return c.steps.stream()
        .filter(s -> s.clause != Clause.F8 && s.state != StepState.CANCELLED)
        .allMatch(s -> s.state == StepState.SIGNED);
  }

  /** Why a topic goes to another meeting than the one whose cut-off it missed (S9). */
  static String lateNote(Meeting missed, Instant sentIn, Optional<Meeting> next) {
    return "S9：送达区政府办公室晚于第"
        + missed.number
        + "次会议的议题报送截止时间，"
        + next.map(m -> "改列第" + m.number + "次会议").orElse("待安排下次会议");
  }
}

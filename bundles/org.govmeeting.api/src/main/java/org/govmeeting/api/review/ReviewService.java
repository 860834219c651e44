package org.govmeeting.api.review;

import java.util.List;
import java.util.Optional;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The review engine: builds each submitted topic's chain from the active policy and records every
 * signature, return and refusal. Only a person holding a step's role (or the person the step names)
 * may act on it.
 */
@ProviderType
public interface ReviewService {

  /**
   * Checks the topic against the active policy's rules and starts its chain for this version.
   *
   * @param requestedMeetingId the meeting the department asks for, or {@code null}
   * @throws org.govmeeting.api.error.RuleViolationException if a rule blocks the submission
   * @throws org.govmeeting.api.error.UnavailableException if no policy is active
   */
  ReviewChain start(TopicFacts facts, int version, Long requestedMeetingId, Actor submitter);

  /**
   * What the active policy would refuse the topic for, without starting anything: so that a
   * submission that fails for its form also names every rule it breaks, at once.
   */
  List<org.govmeeting.api.error.Violation> findings(TopicFacts facts);

  Optional<ReviewChain> chain(long topicId, int version);

  /** Every chain the topic has had, oldest first. */
  List<ReviewChain> chains(long topicId);

  /** Signs a step that asks no question; see {@link #sign(long, long, String, Boolean, Actor)}. */
  default ReviewChain sign(long topicId, long stepId, String comment, Actor actor) {
    return sign(topicId, stepId, comment, null, actor);
  }

  /**
   * Signs a step. The supervising vice-mayor's signature (F7) answers whether the topic can be
   * settled within their own authority (S8): {@code withinAuthority} is required there and ignored
   * on other steps. The answer is recorded on the step; what follows from a yes is intake's to
   * decide ({@link org.govmeeting.api.topic.TopicService#signReview}).
   */
  ReviewChain sign(long topicId, long stepId, String comment, Boolean withinAuthority, Actor actor);

  /**
   * F6: adds the Justice Bureau's legality review to the topic's running chain, as the active
   * policy builds it for these facts ({@link TopicFacts#legalReviewAsked}), recorded with who asked
   * for it and why. It joins the stage the policy puts it in, or the open stage if that one is
   * past, so it is signed before the chain completes.
   *
   * @throws org.govmeeting.api.error.ConflictException (F6) if the chain is not in review, already
   *     has the legality review, or the policy gives none
   */
  ReviewChain addLegalReview(long topicId, TopicFacts facts, String reason, Actor actor);

  /** Sends the topic back to its department with reasons. */
  ReviewChain returnTopic(long topicId, long stepId, String reason, Actor actor);

  ReviewChain reject(long topicId, long stepId, String reason, Actor actor);

  /** Ends a running chain because the topic was withdrawn or settled. */
  void close(long topicId, String reason, Actor actor);

  /** Whether the actor has, or had, a step on this topic: reviewers may read what they review. */
  boolean involves(long topicId, Actor actor);

  /** The topics on which the actor has, or had, a step. */
  List<Long> topicsInvolving(Actor actor);

  List<PolicyInfo> policies();

  /**
   * Every chain of these topics, each version's, in one read: for a reader of many topics at once
   * (a policy's dry-run over a year's submissions).
   *
   * @since 1.3
   */
  List<ReviewChain> chainsOf(List<Long> topicIds);

  /**
   * The policy in force now, for the district of the running scope.
   *
   * @throws org.govmeeting.api.error.UnavailableException if none is
   */
  PolicyInfo activePolicy();

  /**
   * The district's policy choice.
   *
   * @since 1.3
   */
  PolicyChoice policyChoice(String district);

  /**
   * Makes {@code policy} (held to {@code version}, or the highest installed where null) the one
   * that builds the district's new chains, at once: the platform administrator's act, recorded with
   * who, when and why. Chains already running keep the policy that built them; other districts are
   * not touched.
   *
   * @throws org.govmeeting.api.error.AccessDeniedException unless the actor is a platform
   *     administrator
   * @throws org.govmeeting.api.error.ValidationException if no such policy (or version) is
   *     installed, or the reason is missing
   * @since 1.3
   */
  PolicyChoice choosePolicy(
      String district, String policy, String version, String reason, Actor actor);
}

package org.govmeeting.review.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.security.Actor;

/**
 * The review, free of OSGi: the acts of {@link ReviewService} and {@link TopicListService}, each
 * passed to the part of the review that carries it out. Changes are committed first and announced
 * afterwards ({@link ReviewEvents}), so no listener ever sees a state that was rolled back.
 */
class ReviewEngine implements ReviewService, TopicListService {
  private final ChainReviews reviews;
  private final ChainReading reading;
  private final LegalReviews legal;
  private final TopicListing listing;
  private final PolicyChoices choices;

  /**
   * @param announce posts a {@link Events#REVIEW_CHANGED} or {@link Events#TOPIC_ROLLED_OVER}
   *     event; its map holds the event topic under the key {@code "event.topics"}
   */
  private final Policies policies;

  ReviewEngine(
      JpaTemplate jpa,
      Directory directory,
      MeetingService meetings,
      Policies policies,
      Consumer<Map<String, Object>> announce,
      Clock clock) {
    ReviewEvents events = new ReviewEvents(announce);
    this.policies = policies;
    this.reviews = new ChainReviews(jpa, directory, meetings, policies, events, clock);
    this.reading = new ChainReading(jpa, policies);
    this.legal = new LegalReviews(jpa, directory, policies, events);
    this.listing = new TopicListing(jpa, meetings, events, clock);
    this.choices = new PolicyChoices(jpa, policies, clock);
    policies.chosenBy(choices::current);
  }

  @Override
  public ReviewChain start(
      TopicFacts facts, int version, Long requestedMeetingId, Actor submitter) {
    return reviews.start(facts, version, requestedMeetingId, submitter);
  }

  @Override
  public java.util.List<org.govmeeting.api.error.Violation> findings(TopicFacts facts) {
    return ChainRules.blocking(policies.active().policy, facts);
  }

  @Override
  public ReviewChain sign(
      long topicId, long stepId, String comment, Boolean withinAuthority, Actor actor) {
    return reviews.sign(topicId, stepId, comment, withinAuthority, actor);
  }

  @Override
  public ReviewChain addLegalReview(long topicId, TopicFacts facts, String reason, Actor actor) {
    return legal.add(topicId, facts, reason, actor);
  }

  @Override
  public ReviewChain returnTopic(long topicId, long stepId, String reason, Actor actor) {
    return reviews.returnTopic(topicId, stepId, reason, actor);
  }

  @Override
  public ReviewChain reject(long topicId, long stepId, String reason, Actor actor) {
    return reviews.reject(topicId, stepId, reason, actor);
  }

  @Override
  public void close(long topicId, String reason, Actor actor) {
    reviews.close(topicId, reason, actor);
  }

  @Override
  public Optional<ReviewChain> chain(long topicId, int version) {
    return reading.chain(topicId, version);
  }

  @Override
  public List<ReviewChain> chains(long topicId) {
    return reading.chains(topicId);
  }

  @Override
  public boolean involves(long topicId, Actor actor) {
    return reading.involves(topicId, actor);
  }

  @Override
  public List<Long> topicsInvolving(Actor actor) {
    return reading.topicsInvolving(actor);
  }

  @Override
  public List<ReviewChain> chainsOf(List<Long> topicIds) {
    return reading.chainsOf(topicIds);
  }

  @Override
  public List<PolicyInfo> policies() {
    return reading.policies();
  }

  @Override
  public PolicyInfo activePolicy() {
    return reading.activePolicy();
  }

  @Override
  public org.govmeeting.api.review.PolicyChoice policyChoice(String district) {
    return choices.of(district);
  }

  @Override
  public org.govmeeting.api.review.PolicyChoice choosePolicy(
      String district, String policy, String version, String reason, Actor actor) {
    return choices.choose(district, policy, version, reason, actor);
  }

  @Override
  public TopicList compile(long meetingId, Actor actor) {
    return listing.compile(meetingId, actor);
  }

  @Override
  public Optional<TopicList> get(long meetingId) {
    return listing.get(meetingId);
  }

  @Override
  public TopicList approve(long meetingId, List<Long> topicIds, Actor actor) {
    return listing.approve(meetingId, topicIds, actor);
  }

  @Override
  public TopicList defer(long meetingId, long topicId, String reason, Actor actor) {
    return listing.defer(meetingId, topicId, reason, actor);
  }
}

package org.govmeeting.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.aries.jpa.template.JpaTemplate;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicHistory;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;

/**
 * Topic intake, free of OSGi: the acts of {@link TopicService}, each passed to the part of intake
 * that carries it out. Every part writes through the one {@link TopicChanges}, so that each write
 * of a topic moves the change number that topic pages are tagged with. Who may see a topic: see
 * {@link TopicAccess}.
 */
class TopicIntake implements TopicService {
  private final Drafting drafting;
  private final Submission submission;
  private final MayorOverrides overrides;
  private final ReporterDesignations reporters;
  private final LegalReviewRequests legalReviews;
  private final Uploads uploads;
  private final TopicReading reading;
  private final TopicPages pages;
  private final ReviewOutcomes outcomes;
  private final Decisions decisions;

  TopicIntake(
      JpaTemplate jpa, Directory directory, ReviewService review, Clock clock, long maxFileBytes) {
    this(jpa, () -> false, directory, review, clock, maxFileBytes);
  }

  /**
   * @param inAct whether a transaction runs around intake's call (an act's): see {@link
   *     TopicChanges#current}
   */
  TopicIntake(
      JpaTemplate jpa,
      BooleanSupplier inAct,
      Directory directory,
      ReviewService review,
      Clock clock,
      long maxFileBytes) {
    TopicChanges writes = new TopicChanges(jpa, inAct);
    FormJson json = new FormJson();
    Topics topics = new Topics(json);
    TopicAccess access = new TopicAccess(directory, review);
    this.decisions = new Decisions(jpa, clock);
    this.drafting = new Drafting(writes, topics, access, directory, clock, decisions);
    this.submission = new Submission(writes, topics, access, directory, review, clock);
    this.overrides = new MayorOverrides(writes, topics, access, review, clock);
    this.reporters = new ReporterDesignations(writes, topics, access, directory, clock);
    this.legalReviews = new LegalReviewRequests(writes, topics, access, directory, review, clock);
    this.uploads = new Uploads(writes, topics, access, clock, maxFileBytes);
    this.reading = new TopicReading(writes, topics, access);
    this.pages = new TopicPages(writes, topics, access, review, directory::zone);
    this.outcomes = new ReviewOutcomes(writes, topics, review, clock);
  }

  @Override
  public Topic create(TopicForm form, Actor actor) {
    return drafting.create(form, actor);
  }

  @Override
  public Topic update(long id, TopicForm form, Long expectedRevision, Actor actor) {
    return drafting.update(id, form, expectedRevision, actor);
  }

  @Override
  public List<Long> revisionsOf(long meetingId, long topicId) {
    return drafting.revisionsOf(meetingId, topicId);
  }

  @Override
  public Topic submit(long id, Actor actor) {
    return submission.submit(id, actor);
  }

  @Override
  public Topic withdraw(long id, String reason, Actor actor) {
    return submission.withdraw(id, reason, actor);
  }

  @Override
  public Topic settle(long id, String disposition, Actor actor) {
    return submission.settle(id, disposition, actor);
  }

  @Override
  public ReviewChain signReview(
      long id, long stepId, String comment, Boolean withinAuthority, Actor actor) {
    return submission.signReview(id, stepId, comment, withinAuthority, actor);
  }

  @Override
  public Topic override(long id, Clause clause, String reason, Actor actor) {
    return overrides.override(id, clause, reason, actor);
  }

  @Override
  public Topic askLegalReview(long id, String reason, Actor actor) {
    return legalReviews.ask(id, reason, actor);
  }

  @Override
  public Topic designateReporter(long id, String personId, String reason, Actor actor) {
    return reporters.designate(id, personId, reason, actor);
  }

  @Override
  public MaterialFile addFile(
      long id,
      MaterialFile.Kind kind,
      String fileName,
      String contentType,
      InputStream content,
      Actor actor) {
    return uploads.addFile(id, kind, fileName, contentType, content, actor);
  }

  @Override
  public MaterialFile describeFile(long id, long fileId, Actor actor) {
    return uploads.describeFile(id, fileId, actor);
  }

  @Override
  public long writeFile(long id, long fileId, Actor actor, OutputStream out) throws IOException {
    return uploads.writeFile(id, fileId, actor, out);
  }

  @Override
  public Optional<Topic> get(long id, Actor actor) {
    return reading.get(id, actor);
  }

  @Override
  public Page<Topic> list(TopicQuery q, Actor actor) {
    return pages.list(q, actor);
  }

  @Override
  public String pageTag(TopicQuery q, Actor actor) {
    return pages.tag(q, actor);
  }

  @Override
  public TopicHistory history(long id, Actor actor) {
    return reading.history(id, actor);
  }

  @Override
  public List<TopicSummary> summaries(List<Long> ids) {
    return reading.summaries(ids);
  }

  /** Mirrors a review outcome onto the topic; see {@link ReviewOutcomes}. */
  void reviewChanged(
      long topicId, int version, ChainState state, Long meetingId, String note, String actorId) {
    outcomes.changed(topicId, version, state, meetingId, note, actorId);
  }

  /**
   * Records a decision the meeting took on a topic (the minutes module's DECIDED, taken in the
   * decision's act); a revision must name one (I2).
   */
  void decided(long meetingId, long topicId, String outcome) {
    decisions.decided(meetingId, topicId, outcome);
  }

  /** Brings every topic in review in line with its chain, after a crash between the two. */
  void reconcile() {
    outcomes.reconcile();
  }
}

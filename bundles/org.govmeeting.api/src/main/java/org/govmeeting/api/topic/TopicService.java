package org.govmeeting.api.topic;

import java.util.Optional;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Topic intake: departments draft, edit and submit topics; the supervising vice-mayor may settle
 * one within their authority (S8); the mayor may lift an "in principle" rule for one topic. Every
 * method checks that the actor may do it and raises the API's errors otherwise.
 */
@ProviderType
public interface TopicService {

  Topic create(TopicForm form, Actor actor);

  /** The topic, if it exists and the actor may see it. */
  Optional<Topic> get(long id, Actor actor);

  /** Replaces the form of a draft or returned topic. */
  default Topic update(long id, TopicForm form, Actor actor) {
    return update(id, form, null, actor);
  }

  /**
   * Replaces the form if the topic is still at {@code expectedRevision} (any revision if {@code
   * null}); otherwise a {@link org.govmeeting.api.error.ConflictException}. Two edits racing on the
   * same revision: one wins, the other is refused.
   */
  Topic update(long id, TopicForm form, Long expectedRevision, Actor actor);

  /** The topics the actor may see, filtered and paged, newest first; built anew at each call. */
  Page<Topic> list(TopicQuery query, Actor actor);

  /**
   * The tag of the page {@link #list} would give this actor for this query now, found without
   * reading any topic (HTTP sends it as the page's {@code ETag}). It changes whenever a topic is
   * written, on any node, so a page read while its tag stood is still the page; it differs between
   * queries, and between callers who may see different topics. It tells nothing else: a digest.
   */
  String pageTag(TopicQuery query, Actor actor);

  /** Checks the materials and the policy's rules, then starts the review chain. */
  Topic submit(long id, Actor actor);

  Topic withdraw(long id, String reason, Actor actor);

  /**
   * S8: the supervisor settles the topic within their own authority; it never reaches a meeting.
   */
  Topic settle(long id, String disposition, Actor actor);

  /**
   * Signs a step of the topic's review chain, in one act with what follows from it: where the
   * supervising vice-mayor answers at F7 that the topic can be settled within their own authority
   * (S8), it is settled there and goes to no meeting, unless the mayor has lifted S8 for it.
   */
  org.govmeeting.api.review.ReviewChain signReview(
      long id, long stepId, String comment, Boolean withinAuthority, Actor actor);

  /**
   * D1: the mayor designates who reports the topic where it is to be neither the supervising
   * vice-mayor nor the lead department's head; recorded with the reason. A later designation
   * replaces it, and the history keeps both.
   */
  Topic designateReporter(long id, String personId, String reason, Actor actor);

  /**
   * F6: the Government Office or the topic's supervisor asks for the Justice Bureau's legality
   * review of a matter of a strongly legal nature, with the reason. A topic in review gains the
   * step in its running chain, in the same act; a returned topic has it in its next chain.
   */
  Topic askLegalReview(long id, String reason, Actor actor);

  /** The mayor lifts an "in principle" rule for this topic, with a reason. */
  Topic override(long id, Clause clause, String reason, Actor actor);

  /**
   * The lead unit uploads a material file of a draft: the stream is read to its end and stored as
   * it arrives, never held whole in memory; its size and SHA-256 are computed on the way. An empty
   * file, or one above the intake's limit, is refused and nothing of it is kept.
   */
  MaterialFile addFile(
      long id,
      MaterialFile.Kind kind,
      String fileName,
      String contentType,
      java.io.InputStream content,
      Actor actor);

  /** The file's description, if the actor may read the topic (the same check as {@link #get}). */
  MaterialFile describeFile(long id, long fileId, Actor actor);

  /**
   * Writes the file's bytes to the stream, row by row (each row read on its own, so nothing holds
   * the whole file), after the same check as {@link #describeFile}; returns the bytes written.
   */
  long writeFile(long id, long fileId, Actor actor, java.io.OutputStream out)
      throws java.io.IOException;

  /**
   * As {@link #addFile(long, MaterialFile.Kind, String, String, java.io.InputStream, Actor)}.
   *
   * @deprecated the bytes are already whole in memory; kept so that bundles built against 1.x of
   *     this package (a district's policy imports it) still resolve. Removed in 2.0.
   */
  @Deprecated
  default MaterialFile addFile(
      long id,
      MaterialFile.Kind kind,
      String fileName,
      String contentType,
      byte[] content,
      Actor actor) {
    return addFile(
        id,
        kind,
        fileName,
        contentType,
        new java.io.ByteArrayInputStream(content == null ? new byte[0] : content),
        actor);
  }

  /**
   * The file with its bytes.
   *
   * @deprecated reads the whole file into memory: use {@link #describeFile} and {@link #writeFile}.
   *     Removed in 2.0.
   */
  @Deprecated
  default FileContent file(long id, long fileId, Actor actor) {
    FileContent out = new FileContent();
    out.file = describeFile(id, fileId, actor);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      writeFile(id, fileId, actor, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.content = bytes.toByteArray();
    return out;
  }

  TopicHistory history(long id, Actor actor);

  /**
   * Headlines of the given topics, for the platform's own use (agendas, notices); callers decide
   * who may see them. Unknown IDs are left out.
   */
  java.util.List<TopicSummary> summaries(java.util.List<Long> ids);

  /** The topics filed to revise the decision taken on this topic at this meeting (I2). */
  java.util.List<Long> revisionsOf(long meetingId, long topicId);
}

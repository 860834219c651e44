package org.govmeeting.api.topic;

import java.time.Instant;
import java.util.List;

/** A topic as its readers see it: the form, where it stands, and what was recorded about it. */
public class Topic {
  public long id;

  /** Counts submissions: 0 while a first draft, then 1, 2, ... with each (re)submission. */
  public int version;

  /**
   * Changes with every write to the topic. Send it back (HTTP {@code If-Match}) with an edit, and
   * the edit is refused with 409 if someone else changed the topic since you read it.
   */
  public long revision;

  public TopicStatus status;
  public TopicForm form;

  /** The supervisor in effect (the form's, or the lead unit's). */
  public String supervisorId;

  public String createdBy;
  public Instant createdAt;
  public Instant updatedAt;

  /** The meeting the topic is bound for, once its chain is complete. */
  public Long meetingId;

  /** Why the topic is not at the meeting it asked for, if so (S9). */
  public String meetingNote;

  /** The mayor's recorded exceptions to 原则上 rules. */
  public List<RuleOverride> overrides;

  /** D1: whom the mayor designated to report it, if not the supervisor or the lead unit's head. */
  public ReporterDesignation reporterDesignation;

  /** F6: the legality review asked for by the Office or the supervisor, if it was. */
  public LegalReviewRequest legalReviewRequest;

  public List<MaterialFile> files;

  /** How the supervisor settled it (S8), or why it was withdrawn or rejected. */
  public String closingNote;
}

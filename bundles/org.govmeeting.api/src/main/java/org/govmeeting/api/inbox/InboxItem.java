package org.govmeeting.api.inbox;

import java.time.Instant;
import org.govmeeting.api.rule.Clause;

/**
 * One thing waiting for a person: what it is, what it concerns, why (the clause), since when and by
 * when. Words for people (in Chinese or English) are made from it where it is shown; the ids say
 * where to act.
 */
public class InboxItem {
  /** What waits, and so what the person does about it. */
  public enum Kind {
    /** A review step of a topic's chain is open for its signer: sign, return or refuse. */
    REVIEW_STEP,
    /** A leave request (absence or leaving midway) waits for its approver. */
    LEAVE_REQUEST,
    /** A request to record a meeting waits for the mayor (K3). */
    RECORDING_REQUEST,
    /** Minutes (or an erratum) were sent out for opinions: agree or comment. */
    MINUTES_OPINION,
    /** Minutes (or an erratum) wait for the legality review of the Justice head. */
    LEGAL_REVIEW,
    /** Minutes (or an erratum) wait for the mayor's signature. */
    MINUTES_SIGNATURE,
    /** Signed minutes wait to be issued to their scope. */
    MINUTES_ISSUE,
    /** A supervised task of the person's unit is due soon or overdue: report progress. */
    TASK,
    /** A notice to the person that is not yet acknowledged. */
    NOTICE
  }

  public Kind kind;

  /** The rule the person acts under. */
  public Clause clause;

  /**
   * The district's own clause the person acts under, where its policy names one (e.g. DF-1); then
   * {@link #clause} is the regulation's it rests on.
   *
   * @since 1.1
   */
  public String ownClause;

  /** Since when it waits. */
  public Instant since;

  /** By when it must be done, where a rule or a decision sets a date; else null. */
  public Instant due;

  /** Whether {@link #due} has passed. */
  public boolean overdue;

  /** What it concerns, as its record names it: a topic's title, a meeting's number, a task. */
  public String subject;

  /** The step, request, opinion or notice in words of the record (a step's label, a reason). */
  public String detail;

  /** {@link #detail} in English, where the record has it (a policy's step label). */
  public String detailEnglish;

  /** Who asks, where a person does (a leave request's applicant), by name. */
  public String from;

  public Long topicId;
  public Long meetingId;
  public Long minutesId;

  /** The erratum of {@link #minutesId}, when the item concerns one. */
  public Long erratumId;

  /** The review step, leave or recording request, task or notice. */
  public Long itemId;
}

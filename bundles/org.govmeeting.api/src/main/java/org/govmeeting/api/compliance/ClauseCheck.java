package org.govmeeting.api.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.rule.Clause;

/**
 * One clause judged for the meeting or one of its topics: the verdict, why, and the records it
 * rests on. A clause may be judged in more than one respect (C1: who convened, and the quorum);
 * {@link #aspect} tells them apart.
 */
public class ClauseCheck {
  /**
   * The clause's ID: one of {@link Clause} for the regulation's, or the district's own ID for a
   * clause its policy adds ({@link #district}).
   */
  public String clause;

  /** Whether the clause is the district policy's own, not the regulation's. */
  public boolean district;

  /** The clause's words (the regulation's Chinese original, or the policy's). */
  public String text;

  /** Its English reading. */
  public String textEnglish;

  /**
   * What of the clause is judged here, in Chinese (e.g. 法定人数); null where it is the whole clause.
   */
  public String aspect;

  public String aspectEnglish;

  /** The topic judged; null for the meeting itself. */
  public Long topicId;

  public Verdict verdict;

  /** Why, in Chinese: what was found, what is missing, why it does not apply. */
  public String reason;

  public String reasonEnglish;

  /** By when the missing step is due, where a rule sets a time ({@link Verdict#PENDING}). */
  public Instant due;

  /** The mayor's exception, for {@link Verdict#LIFTED}. */
  public Lift lift;

  public List<Evidence> evidence = new ArrayList<>();

  /** Which module judged it ({@link ComplianceSource#module()}), or the district's policy. */
  public String source;

  public ClauseCheck() {}

  /** A check of a regulation's clause. */
  public static ClauseCheck of(
      Clause clause, Verdict verdict, String reason, String reasonEnglish) {
    ClauseCheck c = new ClauseCheck();
    c.clause = clause.name();
    c.verdict = verdict;
    c.reason = reason;
    c.reasonEnglish = reasonEnglish;
    return c;
  }

  /** The same check, for a topic. */
  public ClauseCheck topic(Long topicId) {
    this.topicId = topicId;
    return this;
  }

  /** The same check, for one respect of the clause. */
  public ClauseCheck aspect(String chinese, String english) {
    this.aspect = chinese;
    this.aspectEnglish = english;
    return this;
  }

  /** The same check, with one more record it rests on. */
  public ClauseCheck with(Evidence e) {
    if (e != null) {
      evidence.add(e);
    }
    return this;
  }

  /** The same check, with more records it rests on. */
  public ClauseCheck with(List<Evidence> es) {
    es.forEach(this::with);
    return this;
  }

  /** The same check, with its deadline. */
  public ClauseCheck due(Instant due) {
    this.due = due;
    return this;
  }
}

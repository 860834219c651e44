package org.govmeeting.api.compliance;

import java.time.Instant;

/**
 * One record a verdict rests on: a signature, a notice and its receipt, a sign-in, a position, a
 * decision, the mayor's exception, a field of the form; with who, when, the record's id and where
 * the API shows it.
 */
public class Evidence {
  /** What kind of record it is. */
  public enum Kind {
    /** A field of the topic form (F1–F3, F9) or a material of it (P1–P3). */
    FORM,
    /** A consultation of a unit (S3), the public consultation (S4), the pre-report (S6). */
    CONSULTATION,
    /** A signature of a review step (F4–F8). */
    SIGNATURE,
    /** The topic list compiled or approved (S1). */
    TOPIC_LIST,
    /** The mayor's recorded exception to a 原则上 rule, or reason for a month without a meeting. */
    EXCEPTION,
    /** The meeting convened, opened, closed (C1, C3). */
    MEETING,
    /** The law study (T1). */
    LAW_STUDY,
    /** A notice sent, and its acknowledgement (M1). */
    NOTICE,
    /** Materials delivered to the secretariat, or handed to a leader (M1, M2). */
    MATERIALS,
    /** A sign-in (M4, C1, C2). */
    SIGN_IN,
    /** A leave request and its decision (K1, K2). */
    LEAVE,
    /** A departure, a discipline entry (K2, K3). */
    DISCIPLINE,
    /** A request to record and its decision (K3). */
    RECORDING,
    /** The report of an item (D1). */
    REPORT,
    /** A position stated (D2). */
    POSITION,
    /** The chair's decision (D3). */
    DECISION,
    /** A step of the minutes, their archive (M3). */
    MINUTES,
    /** A supervised task (I1). */
    TASK,
    /** An emergency decision reported (S2). */
    EMERGENCY,
    /** A topic filed to revise a decision (I2). */
    REVISION
  }

  public Kind kind;

  /** What the record says, in Chinese. */
  public String what;

  /** The same in English. */
  public String whatEnglish;

  /** Who acted (signed, sent, signed in, stated), by directory id; null where no person did. */
  public String personId;

  /** The person's name, as the directory gives it; filled in by the report. */
  public String personName;

  /** When. */
  public Instant at;

  /** The record's own id (a step, a notice, a request), where it has one. */
  public Long recordId;

  /** Where the API shows the record, as a path: {@code /api/topics/5/reviews}. */
  public String link;

  /**
   * What was said or decided on an item that stays with the participants (K3: confidential,
   * undecided, deferred): the report shows it only to the participants and the secretariat.
   */
  public boolean restricted;

  public Evidence() {}

  /** A record in both languages. */
  public static Evidence of(
      Kind kind, String what, String whatEnglish, String personId, Instant at, String link) {
    Evidence e = new Evidence();
    e.kind = kind;
    e.what = what;
    e.whatEnglish = whatEnglish;
    e.personId = personId;
    e.at = at;
    e.link = link;
    return e;
  }

  /** The same record, with its own id. */
  public Evidence id(Long id) {
    this.recordId = id;
    return this;
  }
}

package org.govmeeting.api.event;

/**
 * Topics and property names of what the platform's modules tell each other through the {@link
 * Outbox}: in the act's transaction or after its commit, as each {@link Subscriber} says.
 */
public final class Events {
  /** A topic's review chain changed state; taken in the act by intake and the planner. */
  public static final String REVIEW_CHANGED = "govmeeting/review/CHANGED";

  /** A topic was rolled to a later meeting because its chain completed after the cut-off (S9). */
  public static final String TOPIC_ROLLED_OVER = "govmeeting/review/ROLLED_OVER";

  /** A leave request was approved; carries meeting, person and kind. */
  public static final String LEAVE_APPROVED = "govmeeting/attendance/LEAVE_APPROVED";

  /**
   * The chair decided an item (D3); carries meeting, topic, the outcome as {@link #STATE} and the
   * actor. Published through the {@link Outbox} in the decision's act: intake records it there (a
   * revision names a decided item, I2), supervision turns the requirements into tasks after the
   * commit (I1). Decisions taken before this event existed are announced once when the minutes
   * module starts.
   */
  public static final String DECIDED = "govmeeting/minutes/DECIDED";

  /**
   * An emergency decision (S2) was recorded, or announced once to a database that had it before
   * this event existed; carries {@link #EMERGENCY_DECISION_ID}, {@link #WHAT}, {@link #DECIDED_BY},
   * {@link #DECIDED_AT} and, if it was reported already, the meeting as {@link #MEETING_ID}. Taken
   * in the act by the planner, which keeps its own copy for the next meeting's agenda. See {@link
   * EmergencyEvents}.
   */
  public static final String EMERGENCY_DECIDED = "govmeeting/supervision/EMERGENCY_DECIDED";

  /**
   * A closing meeting heard an emergency decision (S2); carries {@link #EMERGENCY_DECISION_ID} and
   * {@link #MEETING_ID}. Taken in the act by supervision, whose record of it follows. See {@link
   * EmergencyEvents}.
   */
  public static final String EMERGENCY_REPORTED = "govmeeting/meeting/EMERGENCY_REPORTED";

  /**
   * A review step opened for its signer (a person, or whoever holds a role): see {@link
   * StepEvents}.
   */
  public static final String REVIEW_STEP_OPENED = "govmeeting/review/STEP_OPENED";

  /** A notice was stored for a recipient; the portal may push it. */
  public static final String NOTICE_SENT = "govmeeting/notice/SENT";

  public static final String PERSON_ID = "personId";
  public static final String STEP_ID = "stepId";
  public static final String ROLE = "role";
  public static final String CLAUSE = "clause";
  public static final String LABEL = "label";
  public static final String KIND = "kind";
  public static final String NOTICE_ID = "noticeId";

  public static final String TOPIC_ID = "topicId";
  public static final String VERSION = "version";

  /** The {@link org.govmeeting.api.review.ChainState} name. */
  public static final String STATE = "state";

  public static final String MEETING_ID = "meetingId";
  public static final String NOTE = "note";
  public static final String ACTOR_ID = "actorId";
  public static final String ACTOR_ROLE = "actorRole";

  public static final String EMERGENCY_DECISION_ID = "emergencyDecisionId";

  /** What an emergency decision decided. */
  public static final String WHAT = "what";

  public static final String DECIDED_BY = "decidedBy";

  /** An instant, ISO-8601 ({@link java.time.Instant#toString()}). */
  public static final String DECIDED_AT = "decidedAt";

  private Events() {}
}

package org.govmeeting.api.meeting;

/** One item of a meeting's agenda. */
public class AgendaItem {
  public enum Kind {
    LAW_STUDY,
    TOPIC,
    EMERGENCY_REPORT
  }

  public int position;
  public Kind kind;
  public Long topicId;
  public String title;

  /** Who reports (D1): the supervising vice-mayor or the lead department's head. */
  public String reporterId;

  public String leadUnitId;
  public String supervisorId;
  public int timeLimitMinutes;
  public boolean confidential;

  /**
   * F3, C2: the heads of the topic's attending units (列席单位), invited for this item: they get the
   * meeting's notice and sit in for it. Empty for other items.
   */
  public java.util.List<String> attendeeIds = java.util.List.of();

  /** For an emergency report: the emergency decision reported (S2). */
  public Long emergencyDecisionId;

  /**
   * For an emergency report: when the meeting heard it (S2), as the Government Office recorded in
   * session, with {@link #reporterId} then the person who reported; null while it is not heard. A
   * report left unheard when the meeting closes is not reported and goes to the next meeting.
   */
  public java.time.Instant heardAt;

  /** Who recorded that the report was heard. */
  public String heardRecordedBy;
}

package org.govmeeting.api.meeting;

/** The collective law study that opens every meeting (T1). */
public class LawStudy {
  /** The four areas of T1. */
  public enum Area {
    RULE_OF_LAW_THOUGHT,
    CONSTITUTION,
    LAWS_OF_GOVERNMENT_DUTIES,
    SUPERVISION_AND_INTEGRITY
  }

  public Area area;
  public String subject;
  public String material;

  /** Who leads the study. */
  public String leaderId;
}

package org.govmeeting.api.topic;

/** One unit's answer when consulted on the topic (S3, F4). */
public class Consultation {
  public enum Answer {
    AGREE,
    DISAGREE
  }

  public String unitId;
  public Answer answer;

  /** The unit's opinion; required with a disagreement. */
  public String opinion;

  /** The proposed solution or preferred opinion; required with a disagreement (S3). */
  public String solution;
}

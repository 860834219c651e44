package org.govmeeting.api.topic;

import java.time.Instant;

/**
 * F6: the Government Office or the supervising vice-mayor asked for the Justice Bureau's legality
 * review of a matter that is not a normative document (其他法律性较强的事项). Every chain of the topic from
 * then on has the step.
 */
public class LegalReviewRequest {
  public String askedBy;
  public Instant askedAt;
  public String reason;
}

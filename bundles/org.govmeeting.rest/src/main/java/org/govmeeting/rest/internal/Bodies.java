package org.govmeeting.rest.internal;

import java.util.List;
import org.govmeeting.api.rule.Clause;

/** Small request bodies of the REST API. */
final class Bodies {
  private Bodies() {}

  /** A reason, for returning, rejecting or withdrawing. */
  public static class Reason {
    public String reason;
  }

  /** An optional comment with a signature. */
  public static class Comment {
    public String comment;
  }

  /** How the supervisor settled a topic (S8). */
  public static class Disposition {
    public String disposition;
  }

  /** The mayor's exception to an "in principle" rule. */
  public static class OverrideRequest {
    public Clause clause;
    public String reason;
  }

  /** The final sequence of a topic list. */
  public static class TopicIds {
    public List<Long> topicIds;
  }
}

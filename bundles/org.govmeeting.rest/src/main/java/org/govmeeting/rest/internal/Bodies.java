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

  /** A person named in a request (sign-in, departure, invitation). */
  public static class PersonRef {
    public String personId;
  }

  /** A decision's note. */
  public static class Note {
    public String note;
  }

  /** An agenda item's settings. */
  public static class ItemSettings {
    public int timeLimitMinutes;
    public boolean confidential;
  }

  /** The materials set's uniform format. */
  public static class MaterialsFormat {
    public String format;
    public int copies;
  }

  /** Where the meeting is held. */
  public static class Venue {
    public String venue;
  }

  /** A topic named in a request. */
  public static class TopicRef {
    public long topicId;
  }

  /** Why something is asked for. */
  public static class Purpose {
    public String purpose;
  }

  /** The final sequence of a topic list. */
  public static class TopicIds {
    public List<Long> topicIds;
  }
}

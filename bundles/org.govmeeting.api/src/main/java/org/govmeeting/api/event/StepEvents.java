package org.govmeeting.api.event;

import java.util.HashMap;
import java.util.Map;

/**
 * The payload of {@link Events#REVIEW_STEP_OPENED}, typed: the review engine tells whoever must
 * sign that their step is open, and the planner's notices carry it to them (and to a portal that
 * pushes notices).
 */
public final class StepEvents {
  private StepEvents() {}

  /**
   * A step that opened: named to a person ({@code signerId}) or to whoever holds {@code role}; the
   * meeting the topic was submitted for, if any.
   */
  public record Opened(
      long topicId,
      int topicVersion,
      long stepId,
      String signerId,
      String role,
      String clause,
      String label,
      Long meetingId) {

    /** The payload to {@link Outbox#publish} under {@link Events#REVIEW_STEP_OPENED}. */
    public Map<String, Object> payload() {
      Map<String, Object> p = new HashMap<>();
      p.put(Events.TOPIC_ID, topicId);
      p.put(Events.VERSION, topicVersion);
      p.put(Events.STEP_ID, stepId);
      put(p, Events.PERSON_ID, signerId);
      put(p, Events.ROLE, role);
      put(p, Events.CLAUSE, clause);
      put(p, Events.LABEL, label);
      if (meetingId != null) {
        p.put(Events.MEETING_ID, meetingId);
      }
      return p;
    }

    private static void put(Map<String, Object> p, String key, String value) {
      if (value != null) {
        p.put(key, value);
      }
    }

    /** Reads a delivered {@link Events#REVIEW_STEP_OPENED} payload. */
    public static Opened of(Map<String, String> payload) {
      String meeting = payload.get(Events.MEETING_ID);
      return new Opened(
          Long.parseLong(payload.get(Events.TOPIC_ID)),
          Integer.parseInt(payload.get(Events.VERSION)),
          Long.parseLong(payload.get(Events.STEP_ID)),
          payload.get(Events.PERSON_ID),
          payload.get(Events.ROLE),
          payload.get(Events.CLAUSE),
          payload.get(Events.LABEL),
          meeting == null ? null : Long.valueOf(meeting));
    }
  }
}

package org.govmeeting.api.event;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The payloads of {@link Events#EMERGENCY_DECIDED} and {@link Events#EMERGENCY_REPORTED}, typed:
 * supervision owns emergency decisions (S2), the planner keeps a copy for the next meeting's
 * agenda, and each tells the other through the {@link Outbox} what the other needs.
 */
public final class EmergencyEvents {
  private EmergencyEvents() {}

  /**
   * An emergency decision as the planner needs it: what, by whom, when, and the meeting it was
   * reported to, if any ({@code null} while it is flagged).
   */
  public record Decided(
      long emergencyDecisionId,
      String what,
      String decidedBy,
      Instant decidedAt,
      Long reportedAtMeetingId) {

    /** The payload to {@link Outbox#publish} under {@link Events#EMERGENCY_DECIDED}. */
    public Map<String, Object> payload() {
      Map<String, Object> p = new HashMap<>();
      p.put(Events.EMERGENCY_DECISION_ID, emergencyDecisionId);
      p.put(Events.WHAT, what);
      p.put(Events.DECIDED_BY, decidedBy);
      p.put(Events.DECIDED_AT, decidedAt.toString());
      if (reportedAtMeetingId != null) {
        p.put(Events.MEETING_ID, reportedAtMeetingId);
      }
      return p;
    }

    /** Reads a delivered {@link Events#EMERGENCY_DECIDED} payload. */
    public static Decided of(Map<String, String> payload) {
      String meeting = payload.get(Events.MEETING_ID);
      return new Decided(
          Long.parseLong(payload.get(Events.EMERGENCY_DECISION_ID)),
          payload.get(Events.WHAT),
          payload.get(Events.DECIDED_BY),
          Instant.parse(payload.get(Events.DECIDED_AT)),
          meeting == null ? null : Long.valueOf(meeting));
    }
  }

  /** An emergency decision heard by a meeting that closed. */
  public record Reported(long emergencyDecisionId, long meetingId) {

    /** The payload to {@link Outbox#publish} under {@link Events#EMERGENCY_REPORTED}. */
    public Map<String, Object> payload() {
      Map<String, Object> p = new HashMap<>();
      p.put(Events.EMERGENCY_DECISION_ID, emergencyDecisionId);
      p.put(Events.MEETING_ID, meetingId);
      return p;
    }

    /** Reads a delivered {@link Events#EMERGENCY_REPORTED} payload. */
    public static Reported of(Map<String, String> payload) {
      return new Reported(
          Long.parseLong(payload.get(Events.EMERGENCY_DECISION_ID)),
          Long.parseLong(payload.get(Events.MEETING_ID)));
    }
  }
}

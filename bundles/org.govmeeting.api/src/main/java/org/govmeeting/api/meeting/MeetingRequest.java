package org.govmeeting.api.meeting;

import java.time.Instant;

/** What the mayor gives to convene a meeting. */
public class MeetingRequest {
  public Meeting.Kind kind;
  public Instant scheduledAt;
  public String venue;
  public Instant cutoff;
}

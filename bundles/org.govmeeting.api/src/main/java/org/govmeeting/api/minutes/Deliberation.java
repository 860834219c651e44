package org.govmeeting.api.minutes;

import java.time.Instant;
import java.util.List;

/** One agenda item in the meeting: its report (D1), the positions (D2), the decision (D3). */
public class Deliberation {
  public long meetingId;
  public long topicId;
  public String title;

  public String reporterId;
  public Instant reportStartedAt;
  public Instant reportEndedAt;
  public int timeLimitMinutes;

  /** Whether the report ran over its time limit (D1). */
  public boolean overrun;

  /** Every recording of the report, oldest first, with who recorded it and when. */
  public List<ReportVersion> reportHistory;

  public List<Position> positions;

  /** Present members and attendees who have not yet stated a position (D2). */
  public List<String> awaiting;

  public Decision decision;

  /** Topics filed to revise this decision (I2); the decision itself never changes. */
  public List<Long> revisedBy;
}

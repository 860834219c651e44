package org.govmeeting.api.compliance;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.meeting.Meeting;

/** What a source is asked to judge: the meeting, its topics, as of when. */
public class ComplianceScope {
  public Meeting meeting;

  /** Where the meeting stands; a source says PENDING before a step is due, NOT_MET after. */
  public ComplianceReport.Phase phase;

  /** The topics of the meeting, as every running source together knows them. */
  public List<Long> topicIds;

  /** The approved topic list, in order; empty while none is approved. */
  public List<Long> listed;

  /** The moment the report is made; deadlines are judged against it. */
  public Instant asOf;

  /**
   * The verdict on a step the record does not show yet: {@link Verdict#PENDING} while its time has
   * not come ({@code due} not passed; with no deadline, until the meeting is over), {@link
   * Verdict#NOT_MET} after.
   */
  public Verdict missing(Instant due) {
    if (due != null) {
      return asOf.isBefore(due) ? Verdict.PENDING : Verdict.NOT_MET;
    }
    return phase == ComplianceReport.Phase.AFTER || phase == ComplianceReport.Phase.CANCELLED
        ? Verdict.NOT_MET
        : Verdict.PENDING;
  }

  /** Whether the meeting has opened (in session or closed). */
  public boolean held() {
    return phase == ComplianceReport.Phase.IN_SESSION || phase == ComplianceReport.Phase.AFTER;
  }
}

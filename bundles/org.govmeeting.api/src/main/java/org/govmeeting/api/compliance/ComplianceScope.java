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
}

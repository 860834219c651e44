package org.govmeeting.api.supervision;

/** Counts of tasks by timeliness, for one meeting or unit or all. */
public class Overview {
  public Long meetingId;
  public String unitId;
  public long onTime;
  public long dueSoon;
  public long overdue;
  public long done;
}

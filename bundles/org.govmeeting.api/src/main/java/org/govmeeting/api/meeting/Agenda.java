package org.govmeeting.api.meeting;

import java.util.List;

/** A meeting's agenda: the law study first, then the approved topics, then reports. */
public class Agenda {
  public long meetingId;
  public int number;
  public List<AgendaItem> items;

  /** Topics of the approved list that will not be taken at this meeting, with the reason. */
  public List<Deferral> deferred;

  /** A topic kept off this meeting's agenda. */
  public static class Deferral {
    public long topicId;
    public String title;
    public String clause;
    public String reason;
  }
}

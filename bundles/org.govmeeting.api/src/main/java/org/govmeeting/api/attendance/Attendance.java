package org.govmeeting.api.attendance;

import java.util.List;

/** A meeting's roster with the live quorum. */
public class Attendance {
  public long meetingId;
  public List<RosterEntry> roster;
  public int members;
  public int membersPresent;

  /** Whether the members present make a quorum under the active policy (C1). */
  public boolean quorate;
}

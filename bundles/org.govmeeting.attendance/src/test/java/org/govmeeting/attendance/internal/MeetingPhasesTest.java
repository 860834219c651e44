package org.govmeeting.attendance.internal;

import static org.junit.Assert.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.govmeeting.api.meeting.Meeting;
import org.junit.Test;

/** When leave may be asked for (K1) and when sign-in is over (M4), for every state of a meeting. */
public class MeetingPhasesTest {
  private static Set<Meeting.Status> where(java.util.function.Predicate<Meeting.Status> p) {
    Set<Meeting.Status> out = EnumSet.noneOf(Meeting.Status.class);
    for (Meeting.Status s : Meeting.Status.values()) {
      if (p.test(s)) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  public void leaveIsAskedForOnlyWhileTheMeetingIsPrepared_K1() {
    // rule: K1 — a member who cannot attend asks the mayor for leave beforehand
    assertEquals(
        EnumSet.of(Meeting.Status.PLANNED, Meeting.Status.NOTIFIED),
        where(AttendanceRules::inPreparation));
  }

  @Test
  public void signInIsOverOnceTheMeetingIsClosedOrCalledOff_M4() {
    // rule: M4 — the Office runs the sign-in until the meeting ends
    assertEquals(
        EnumSet.of(Meeting.Status.CLOSED, Meeting.Status.CANCELLED), where(AttendanceRules::over));
  }
}

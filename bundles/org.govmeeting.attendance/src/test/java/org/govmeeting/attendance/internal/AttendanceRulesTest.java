package org.govmeeting.attendance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

public class AttendanceRulesTest {

  private static RosterEntry entry(RosterEntry.Kind kind, RosterEntry.State state) {
    RosterEntry e = new RosterEntry();
    e.kind = kind;
    e.state = state;
    return e;
  }

  @Test
  public void whoDecidesWhichRequest_K1_K2() {
    // rule: K1, K2
    assertEquals(Clause.K1, AttendanceRules.clause(LeaveRequest.Kind.ABSENCE));
    assertEquals(Clause.K2, AttendanceRules.clause(LeaveRequest.Kind.EARLY_DEPARTURE));
    assertEquals(Role.MAYOR, AttendanceRules.approver(LeaveRequest.Kind.ABSENCE, false));
    assertEquals(Role.MAYOR, AttendanceRules.approver(LeaveRequest.Kind.EARLY_DEPARTURE, true));
    assertEquals(
        Role.EXECUTIVE_VICE_MAYOR,
        AttendanceRules.approver(LeaveRequest.Kind.EARLY_DEPARTURE, false));
  }

  @Test
  public void onlyMembersSignedInAndStillThereCountForQuorum_C1() {
    // rule: C1
    List<RosterEntry> roster =
        List.of(
            entry(RosterEntry.Kind.MEMBER, RosterEntry.State.SIGNED_IN),
            entry(RosterEntry.Kind.MEMBER, RosterEntry.State.LEFT),
            entry(RosterEntry.Kind.MEMBER, RosterEntry.State.ON_LEAVE),
            entry(RosterEntry.Kind.ATTENDEE, RosterEntry.State.SIGNED_IN));
    assertEquals(3, AttendanceRules.members(roster));
    assertEquals(1, AttendanceRules.membersPresent(roster));
  }

  @Test
  public void signingInAfterTheStartIsLate_K1() {
    // rule: K1
    Instant start = Instant.parse("2026-03-10T01:00:00Z");
    assertFalse(AttendanceRules.late(start, start));
    assertTrue(AttendanceRules.late(start.plusSeconds(1), start));
  }
}

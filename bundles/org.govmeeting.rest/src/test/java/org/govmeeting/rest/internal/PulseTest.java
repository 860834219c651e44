package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Position;
import org.junit.Test;

public class PulseTest {
  private static Meeting meeting() {
    Meeting m = new Meeting();
    m.id = 7;
    m.status = Meeting.Status.NOTIFIED;
    return m;
  }

  private static RosterEntry entry(String id, RosterEntry.State state) {
    RosterEntry r = new RosterEntry();
    r.personId = id;
    r.kind = RosterEntry.Kind.MEMBER;
    r.state = state;
    return r;
  }

  private static Attendance roster(RosterEntry.State second) {
    Attendance a = new Attendance();
    a.roster = new ArrayList<>(List.of(entry("li.jianguo", RosterEntry.State.SIGNED_IN)));
    a.roster.add(entry("wang.hong", second));
    a.members = 2;
    a.membersPresent = second == RosterEntry.State.SIGNED_IN ? 2 : 1;
    // rule: C1 — at least half of the members: 1 of 2 sits
    a.quorate = true;
    return a;
  }

  private static Deliberation item(Position.Kind said, Decision.Outcome decided) {
    Deliberation d = new Deliberation();
    d.topicId = 3;
    d.positions = new ArrayList<>();
    if (said != null) {
      Position p = new Position();
      p.personId = "wang.hong";
      p.kind = said;
      p.recordedAt = Instant.parse("2026-12-01T01:10:00Z");
      d.positions.add(p);
    }
    if (decided != null) {
      d.decision = new Decision();
      d.decision.outcome = decided;
    }
    return d;
  }

  @Test
  public void theSameStateHasTheSameTag() {
    PulseResource.Pulse a =
        PulseResource.of(meeting(), roster(RosterEntry.State.EXPECTED), List.of(item(null, null)));
    PulseResource.Pulse b =
        PulseResource.of(meeting(), roster(RosterEntry.State.EXPECTED), List.of(item(null, null)));
    assertEquals(a.tag, b.tag);
    assertEquals(1, a.present);
    assertEquals(1, a.membersPresent);
  }

  @Test
  public void aSignInMovesTheTagAndTheCounts() {
    // rule: M4 — the Office's sign-in shows on every screen
    PulseResource.Pulse before =
        PulseResource.of(meeting(), roster(RosterEntry.State.EXPECTED), List.of());
    PulseResource.Pulse after =
        PulseResource.of(meeting(), roster(RosterEntry.State.SIGNED_IN), List.of());
    assertNotEquals(before.tag, after.tag);
    assertEquals(2, after.present);
    assertEquals(2, after.membersPresent);
    assertTrue(after.quorate);
  }

  @Test
  public void aDepartureMovesTheTag() {
    // rule: K2 — leaving midway changes the quorum every screen shows
    PulseResource.Pulse in =
        PulseResource.of(meeting(), roster(RosterEntry.State.SIGNED_IN), List.of());
    PulseResource.Pulse gone =
        PulseResource.of(meeting(), roster(RosterEntry.State.LEFT), List.of());
    assertNotEquals(in.tag, gone.tag);
    assertEquals(1, gone.present);
  }

  @Test
  public void aPositionAndADecisionMoveTheTag() {
    // rule: D2 — a position stated; D3 — the chair's decision
    Attendance a = roster(RosterEntry.State.SIGNED_IN);
    String silent = PulseResource.of(meeting(), a, List.of(item(null, null))).tag;
    String said =
        PulseResource.of(meeting(), a, List.of(item(Position.Kind.NO_OBJECTION, null))).tag;
    String decided =
        PulseResource.of(
                meeting(), a, List.of(item(Position.Kind.NO_OBJECTION, Decision.Outcome.APPROVED)))
            .tag;
    assertNotEquals(silent, said);
    assertNotEquals(said, decided);
  }

  @Test
  public void openingMovesTheTag() {
    Meeting m = meeting();
    Attendance a = roster(RosterEntry.State.SIGNED_IN);
    String before = PulseResource.of(m, a, List.of()).tag;
    m.status = Meeting.Status.IN_SESSION;
    m.openedAt = Instant.parse("2026-12-01T01:00:00Z");
    PulseResource.Pulse open = PulseResource.of(m, a, List.of());
    assertNotEquals(before, open.tag);
    assertFalse(open.tag.isEmpty());
  }
}

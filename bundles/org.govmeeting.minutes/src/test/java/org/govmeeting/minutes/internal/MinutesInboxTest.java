package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.EnumSet;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.inbox.InboxItem.Kind;
import org.govmeeting.api.minutes.Minutes.State;
import org.govmeeting.api.security.Actor;
import org.junit.Test;

/** Who the minutes wait for at each step of M3. */
public class MinutesInboxTest {
  private static final Actor CLERK = new Actor("a", "a", EnumSet.of(Role.DEPARTMENT_STAFF));
  private static final Actor JUSTICE = new Actor("j", "j", EnumSet.of(Role.JUSTICE_HEAD));
  private static final Actor MAYOR = new Actor("m", "m", EnumSet.of(Role.MAYOR));

  @Test
  public void eachStepOfM3WaitsForItsOwnPeople() {
    // rule: M3
    assertEquals(
        Kind.MINUTES_OPINION, MinutesInbox.kind(State.IN_OPINION, false, "EDU,FIN", "FIN", CLERK));
    assertNull("a unit not asked", MinutesInbox.kind(State.IN_OPINION, false, "EDU", "FI", CLERK));
    assertEquals(
        Kind.LEGAL_REVIEW, MinutesInbox.kind(State.LEGAL_REVIEW, false, "", null, JUSTICE));
    assertNull(
        "the mayor signs after the review",
        MinutesInbox.kind(State.LEGAL_REVIEW, false, "", null, MAYOR));
    assertEquals(
        Kind.MINUTES_SIGNATURE, MinutesInbox.kind(State.LEGAL_REVIEW, true, "", null, MAYOR));
    assertNull(MinutesInbox.kind(State.LEGAL_REVIEW, true, "", null, JUSTICE));
    assertEquals(Kind.MINUTES_ISSUE, MinutesInbox.kind(State.SIGNED, true, "", null, MAYOR));
    assertNull(MinutesInbox.kind(State.ISSUED, true, "", null, MAYOR));
  }
}

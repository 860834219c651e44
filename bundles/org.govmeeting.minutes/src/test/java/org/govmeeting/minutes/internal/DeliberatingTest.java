package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.List;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.rule.Clause;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class DeliberatingTest {
  private Meeting44 m;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
  }

  @After
  public void tearDown() {
    m.close();
  }

  @Test
  public void aCorrectedReportIsANewVersionAndNothingChangesAfterTheDecision_D1_I2() {
    // rule: D1 — the report and its time limit; a correction is kept beside the first recording
    m.report(1, 25);
    m.clock.advance(Duration.ofMinutes(1));
    m.report(1, 10);
    Deliberation before = m.desk.deliberation(44, 1, Meeting44.EVM);
    assertEquals(2, before.reportHistory.size());
    assertTrue(before.reportHistory.get(0).overrun);
    assertEquals("yang.xue", before.reportHistory.get(1).recordedBy);
    assertEquals(false, before.overrun);
    m.positions(1, "同意");
    m.decide(1, Decision.Outcome.APPROVED, null);
    // rule: I2 — after the decision, nothing of the item's record changes
    try {
      m.report(1, 40);
      fail("a report was rewritten after the decision");
    } catch (ConflictException e) {
      assertEquals(Clause.I2, e.clause().orElse(null));
      assertEquals("该事项已作出决定，会议记录不再改动", e.message(false));
      assertEquals("the item is decided; its record never changes", e.message(true));
    }
    Deliberation after = m.desk.deliberation(44, 1, Meeting44.EVM);
    assertEquals(2, after.reportHistory.size());
    assertEquals(before.reportEndedAt, after.reportEndedAt);
    assertEquals(false, after.overrun);
  }

  @Test
  public void theRecordIsForTheParticipantsAndTheSecretariatOnly_K3() {
    // rule: K3 — leaders' remarks and undecided matters stay in the room
    m.report(1, 10);
    m.positions(1, "对人选有保留意见");
    for (org.govmeeting.api.security.Actor outsider :
        List.of(Meeting44.SUBDISTRICT, Meeting44.CLERK, Meeting44.OFFICE, Meeting44.JUSTICE)) {
      try {
        m.desk.deliberation(44, 1, outsider);
        fail(outsider + " read a deliberation");
      } catch (AccessDeniedException e) {
        assertEquals(Clause.K3, e.clause().orElse(null));
      }
      try {
        m.desk.deliberations(44, outsider);
        fail(outsider + " read the record");
      } catch (AccessDeniedException e) {
        assertEquals(Clause.K3, e.clause().orElse(null));
        assertEquals("会议记录仅供本次会议的参会人员和常务秘书室查阅", e.message(false));
        assertEquals(
            "the record of the meeting is for its participants and the secretariat",
            e.message(true));
      }
    }
    assertEquals(1, m.desk.deliberations(44, Meeting44.SECRETARY).size());
    assertEquals("对人选有保留意见", m.desk.deliberation(44, 1, Meeting44.EVM).positions.get(0).opinion);
  }

  @Test
  public void undecidedDeferredAndConfidentialItemsAreRestricted_K3() {
    // rule: K3 — undecided matters are not spread; confidential decided matters not disclosed
    m.report(1, 10);
    assertTrue("undecided", m.desk.restricted(44, 1));
    m.positions(1, "同意");
    m.decide(1, Decision.Outcome.APPROVED, null);
    assertEquals(false, m.desk.restricted(44, 1));
    m.report(2, 10);
    m.positions(2, "同意");
    m.decide(2, Decision.Outcome.APPROVED, null);
    assertTrue("confidential", m.desk.restricted(44, 2));
    assertTrue(m.desk.participant(44, Meeting44.EVM));
    assertEquals(false, m.desk.participant(44, Meeting44.SUBDISTRICT));
    try {
      m.desk.requirePapersReader(44, Meeting44.SUBDISTRICT);
      fail("a subdistrict head read the meeting's papers");
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K3, e.clause().orElse(null));
    }
    m.desk.requirePapersReader(44, Meeting44.OFFICE);
    m.desk.requirePapersReader(44, Meeting44.EVM);
  }
}

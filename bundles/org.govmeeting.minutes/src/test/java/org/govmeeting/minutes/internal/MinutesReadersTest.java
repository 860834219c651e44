package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.util.List;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MinutesReadersTest {
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
  public void theJusticeHeadReadsADraftOnlyWhenTheLegalityReviewIsAsked_M3_K3() {
    // rule: M3 — the legal department checks legality once asked; K3 — not every draft
    m.report(1, 10);
    m.positions(1, "同意");
    m.decide(1, Decision.Outcome.APPROVED, null);
    m.meeting.status = org.govmeeting.api.meeting.Meeting.Status.CLOSED;
    long id = m.desk.draft(44, Meeting44.SECRETARY).id;
    try {
      m.desk.read(id, Meeting44.JUSTICE);
      fail("the Justice head read a draft nobody asked them to review");
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K3, e.clause().orElse(null));
    }
    m.desk.askOpinions(id, Meeting44.SECRETARY);
    assertEquals(Minutes.State.LEGAL_REVIEW, m.desk.read(id, Meeting44.JUSTICE).state);
    m.desk.legalReview(id, false, "措辞需符合规范", Meeting44.JUSTICE);
    try {
      m.desk.read(id, Meeting44.JUSTICE);
      fail("the Justice head read the draft after returning it");
    } catch (AccessDeniedException expected) {
      // until it is asked again
    }
  }

  @Test
  public void aListNamesOnlyTheMinutesTheCallerMayRead_K3() {
    // rule: K3 — the list of minutes follows who may read them, and holds no text
    Minutes signed = m.signedMinutes();
    assertEquals(
        List.of(signed.id), m.desk.list(null, Meeting44.MAYOR).stream().map(x -> x.id).toList());
    assertEquals(Minutes.State.SIGNED, m.desk.list(44L, Meeting44.SECRETARY).get(0).state);
    assertEquals(List.of(), m.desk.list(45L, Meeting44.MAYOR));
    assertEquals("not issued to them yet", List.of(), m.desk.list(null, Meeting44.SUBDISTRICT));
    m.desk.issue(signed.id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR);
    assertEquals(
        signed.documentNumber, m.desk.list(null, Meeting44.SUBDISTRICT).get(0).documentNumber);
  }

  @Test
  public void aScopeNamingNobodyIsRefusedWithTheField_K3() {
    // rule: K3 — the prescribed scope names real people and units
    Minutes signed = m.signedMinutes();
    refusedScope(signed.id, List.of("EDUCATION"), List.of("no.body"), "personIds");
    refusedScope(signed.id, List.of("NOWHERE"), List.of(), "unitIds");
    assertEquals(Minutes.State.SIGNED, m.desk.read(signed.id, Meeting44.MAYOR).state);
  }

  private void refusedScope(long id, List<String> units, List<String> persons, String field) {
    try {
      m.desk.issue(id, units, persons, Meeting44.MAYOR);
      fail("issued to " + units + persons);
    } catch (ValidationException e) {
      assertEquals(field, e.field());
    }
  }

  @Test
  public void confidentialAndUndecidedItemsAreWithheldOutsideTheMeeting_K3() {
    // rule: K3 — the scope reads the minutes without the participants' passages
    Minutes signed = m.signedMinutes();
    m.desk.issue(signed.id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR);
    Minutes outside = m.desk.read(signed.id, Meeting44.SUBDISTRICT);
    assertFalse(outside.text.contains("关于干部任免的议题"));
    assertFalse(outside.text.contains("办理任职手续"));
    assertEquals(List.of(), outside.versions);
    try {
      m.desk.read(signed.id, Meeting44.CLERK);
      fail("read outside the scope");
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K3, e.clause().orElse(null));
    }
  }
}

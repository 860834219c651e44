package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.rule.Clause;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The meeting's decisions (D3) on real persistence: who decides, with quorum (C1), after everyone
 * present has stated a position (D2), with the outcome and the requirements the work needs; and
 * never again (I2).
 */
public class DecisionsTest {
  private Meeting44 m;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
  }

  @After
  public void tearDown() {
    m.close();
  }

  private static DomainException refused(Runnable act) {
    try {
      act.run();
    } catch (DomainException e) {
      return e;
    }
    fail("accepted");
    return null;
  }

  private static Clause clause(DomainException e) {
    return e.clause().orElse(null);
  }

  private static Decision decision(Decision.Outcome outcome) {
    Decision d = new Decision();
    d.outcome = outcome;
    return d;
  }

  private static Requirement requirement(String what, List<String> units, LocalDate due) {
    Requirement q = new Requirement();
    q.what = what;
    q.unitIds = units;
    q.due = due;
    return q;
  }

  private static Position position(String who, Position.Kind kind, String opinion) {
    Position p = new Position();
    p.personId = who;
    p.kind = kind;
    p.opinion = opinion;
    return p;
  }

  @Test
  public void aMeetingBelowQuorumCannotDecide_C1() {
    // rule: C1 — 须有半数以上常务会议组成人员出席: without quorum no decision, and nothing kept
    m.report(1, 10);
    m.positions(1, "同意");
    m.quorate = false;
    DomainException e = refused(() -> m.decide(1, Decision.Outcome.APPROVED, null));
    assertTrue(e instanceof RuleViolationException);
    assertEquals(Clause.C1, clause(e));
    assertEquals("到会的会议组成人员不足法定人数，不能作出决定", e.message(false));
    assertNull(m.desk.deliberation(44, 1).decision);
    assertEquals(List.of(), m.events);
    m.quorate = true;
    m.decide(1, Decision.Outcome.APPROVED, null);
    assertEquals(Decision.Outcome.APPROVED, m.desk.deliberation(44, 1).decision.outcome);
  }

  @Test
  public void noDecisionWhileAnyonePresentIsSilent_D2() {
    // rule: D2 — 无意见明确表态: silence is not a position
    m.report(1, 10);
    m.desk.recordPosition(
        44, 1, position("li.jianguo", Position.Kind.OPINION, "同意"), Meeting44.SECRETARY);
    DomainException e = refused(() -> m.decide(1, Decision.Outcome.APPROVED, null));
    assertEquals(Clause.D2, clause(e));
    assertEquals("以下人员尚未表态：wang.hong", e.message(false));
    assertEquals(List.of("wang.hong"), m.desk.deliberation(44, 1).awaiting);
    m.desk.recordPosition(
        44, 1, position("wang.hong", Position.Kind.NO_OBJECTION, null), Meeting44.SECRETARY);
    Deliberation d = m.desk.decide(44, 1, decision(Decision.Outcome.APPROVED), Meeting44.MAYOR);
    assertEquals(List.of(), d.awaiting);
    assertEquals(2, d.positions.size());
  }

  @Test
  public void aPositionIsStatedOnceBySomeonePresentAndAnOpinionSaysSomething_D2() {
    // rule: D2 — with an objection or opinion, briefly; without one, explicitly
    ValidationException noKind =
        (ValidationException)
            refused(
                () ->
                    m.desk.recordPosition(
                        44, 1, position("wang.hong", null, null), Meeting44.SECRETARY));
    assertEquals("kind", noKind.field());
    assertEquals(Clause.D2, clause(noKind));
    ValidationException empty =
        (ValidationException)
            refused(
                () ->
                    m.desk.recordPosition(
                        44,
                        1,
                        position("wang.hong", Position.Kind.OPINION, " "),
                        Meeting44.SECRETARY));
    assertEquals("opinion", empty.field());
    assertEquals(Clause.D2, clause(empty));
    ValidationException absent =
        (ValidationException)
            refused(
                () ->
                    m.desk.recordPosition(
                        44,
                        1,
                        position("zhao.min", Position.Kind.NO_OBJECTION, null),
                        Meeting44.SECRETARY));
    assertEquals("personId", absent.field());
    assertEquals("zhao.min不在会场，不能表态", absent.message(false));
    assertTrue(
        refused(
                () ->
                    m.desk.recordPosition(
                        44,
                        1,
                        position("wang.hong", Position.Kind.NO_OBJECTION, null),
                        Meeting44.EVM))
            instanceof AccessDeniedException);
    m.desk.recordPosition(
        44, 1, position("wang.hong", Position.Kind.NO_OBJECTION, null), Meeting44.SECRETARY);
    DomainException twice =
        refused(
            () ->
                m.desk.recordPosition(
                    44,
                    1,
                    position("wang.hong", Position.Kind.OPINION, "补充"),
                    Meeting44.SECRETARY));
    assertTrue(twice instanceof ConflictException);
    assertEquals(Clause.D2, clause(twice));
    assertEquals(1, m.desk.deliberation(44, 1).positions.size());
  }

  @Test
  public void theDecisionStatesItsOutcomeAndEachRequirementWithUnitsAndADeadline_D3() {
    // rule: D3 — 形成会议决定，并就有关工作提出要求
    m.report(1, 10);
    m.positions(1, "同意");
    assertEquals(Clause.D3, clause(refused(() -> m.desk.decide(44, 1, null, Meeting44.MAYOR))));
    assertEquals(
        Clause.D3, clause(refused(() -> m.desk.decide(44, 1, decision(null), Meeting44.MAYOR))));
    Decision revise = decision(Decision.Outcome.APPROVED_WITH_REVISIONS);
    assertEquals("revisions", field(() -> m.desk.decide(44, 1, revise, Meeting44.MAYOR)));
    LocalDate due = LocalDate.of(2027, 9, 1);
    assertEquals(
        "requirements[0].what",
        ((ValidationException)
                refused(() -> decideWith(requirement(" ", List.of("EDUCATION"), due))))
            .field());
    assertEquals(
        "requirements[0].unitIds", field(() -> decideWith(requirement("改造食堂", List.of(), due))));
    assertEquals(
        "requirements[0].unitIds", field(() -> decideWith(requirement("改造食堂", null, due))));
    assertEquals(
        "requirements[0].unitIds",
        field(() -> decideWith(requirement("改造食堂", List.of("EDUCATION", "NOWHERE"), due))));
    assertEquals(
        "requirements[0].due",
        field(() -> decideWith(requirement("改造食堂", List.of("EDUCATION"), null))));
    assertNull("nothing was decided on the way", m.desk.deliberation(44, 1).decision);
    revise.revisions = "由区教育局按会议意见修改";
    revise.requirements = List.of(requirement("改造食堂", List.of("EDUCATION", "GANGWAN"), due));
    Decision d = m.desk.decide(44, 1, revise, Meeting44.MAYOR).decision;
    assertEquals(Decision.Outcome.APPROVED_WITH_REVISIONS, d.outcome);
    assertEquals("由区教育局按会议意见修改", d.revisions);
    assertEquals(List.of("EDUCATION", "GANGWAN"), d.requirements.get(0).unitIds);
    assertEquals(due, d.requirements.get(0).due);
    assertEquals("li.jianguo", d.decidedBy);
    assertNull(d.entrustedBy);
    assertEquals(Meeting44.NOW, d.decidedAt);
    assertEquals(1, m.events.size());
    assertEquals(Events.DECIDED, m.events.get(0).get("event.topics"));
    assertEquals("APPROVED_WITH_REVISIONS", m.events.get(0).get(Events.STATE));
  }

  private void decideWith(Requirement q) {
    Decision d = decision(Decision.Outcome.APPROVED);
    d.requirements = List.of(q);
    m.desk.decide(44, 1, d, Meeting44.MAYOR);
  }

  private static String field(Runnable act) {
    DomainException e = refused(act);
    assertEquals(Clause.D3, clause(e));
    return ((ValidationException) e).field();
  }

  @Test
  public void theMayorOrTheMemberHeEntrustedDecides_D3_C1() {
    // rule: D3 — the convener decides; C1 — the mayor chairs, or entrusts a member
    m.report(1, 10);
    m.positions(1, "同意");
    Decision d = decision(Decision.Outcome.APPROVED);
    DomainException notChair = refused(() -> m.desk.decide(44, 1, d, Meeting44.EVM));
    assertTrue(notChair instanceof AccessDeniedException);
    assertEquals(Clause.D3, clause(notChair));
    assertEquals(
        Clause.D3, clause(refused(() -> m.desk.entrustChair(44, "wang.hong", Meeting44.EVM))));
    assertEquals(
        Clause.C1, clause(refused(() -> m.desk.entrustChair(44, "yang.xue", Meeting44.MAYOR))));
    assertEquals(
        Clause.D3, clause(refused(() -> m.desk.entrustChair(44, "nobody", Meeting44.MAYOR))));
    m.desk.entrustChair(44, "wang.hong", Meeting44.MAYOR);
    Decision taken = m.desk.decide(44, 1, d, Meeting44.EVM).decision;
    assertEquals("wang.hong", taken.decidedBy);
    assertEquals("li.jianguo", taken.entrustedBy);
  }

  @Test
  public void aDecidedItemIsNeverDecidedAgainNorItsPositionsAdded_I2() {
    // rule: I2 — 不得擅自更改: the decision and the record it rests on stay as taken
    m.report(1, 10);
    m.positions(1, "同意");
    m.decide(1, Decision.Outcome.NOT_APPROVED, null);
    DomainException again = refused(() -> m.decide(1, Decision.Outcome.APPROVED, null));
    assertTrue(again instanceof ConflictException);
    assertEquals(Clause.I2, clause(again));
    assertEquals(
        Clause.I2,
        clause(
            refused(
                () ->
                    m.desk.recordPosition(
                        44,
                        1,
                        position("li.jianguo", Position.Kind.OPINION, "改变"),
                        Meeting44.SECRETARY))));
    assertEquals(Decision.Outcome.NOT_APPROVED, m.desk.deliberation(44, 1).decision.outcome);
    assertEquals(1, m.events.size());
  }

  @Test
  public void theRecordIsKeptOnlyInSessionForItemsOnTheAgenda_D1() {
    // rule: D1 — each report, its start and end, within the time limit
    Report backwards = new Report();
    backwards.startedAt = Meeting44.NOW;
    backwards.endedAt = Meeting44.NOW.minusSeconds(60);
    DomainException e = refused(() -> m.desk.recordReport(44, 1, backwards, Meeting44.SECRETARY));
    assertEquals(Clause.D1, clause(e));
    assertEquals("endedAt", ((ValidationException) e).field());
    assertEquals(
        Clause.D1,
        clause(refused(() -> m.desk.recordReport(44, 1, new Report(), Meeting44.SECRETARY))));
    assertTrue(refused(() -> m.report(9, 10)) instanceof NotFoundException);
    m.report(1, 20);
    Deliberation d = m.desk.deliberation(44, 1);
    assertEquals("wang.hong", d.reporterId);
    assertEquals(15, d.timeLimitMinutes);
    assertTrue("20 minutes of 15", d.overrun);
    m.meeting.status = Meeting.Status.CLOSED;
    assertTrue(refused(() -> m.report(1, 10)) instanceof ConflictException);
    assertTrue(
        refused(() -> m.decide(1, Decision.Outcome.APPROVED, null)) instanceof ConflictException);
  }
}

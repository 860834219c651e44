package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.util.List;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.rule.Clause;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class DecisionRecordTest {
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
  public void aMeetingBelowQuorumDecidesNothing_C1_D3() {
    // rule: C1, D3 — the convener decides only while the meeting is quorate
    m.report(1, 10);
    m.positions(1, "同意");
    m.quorate = false;
    try {
      m.decide(1, Decision.Outcome.APPROVED, "年底前完成");
      fail("a meeting below quorum decided");
    } catch (RuleViolationException e) {
      assertEquals(Clause.C1, e.clause().orElse(null));
    }
    assertNull(m.desk.deliberation(44, 1, Meeting44.EVM).decision);
    m.quorate = true;
    m.decide(1, Decision.Outcome.APPROVED, "年底前完成");
    assertEquals(
        Decision.Outcome.APPROVED, m.desk.deliberation(44, 1, Meeting44.EVM).decision.outcome);
  }

  @Test
  public void theDecisionShowsThePositionsItDrewOn_D3() {
    // rule: D3 — 集中多数同志的正确意见: what was said is counted with the decision
    m.report(1, 10);
    Position none = new Position();
    none.personId = "li.jianguo";
    none.kind = Position.Kind.NO_OBJECTION;
    m.desk.recordPosition(44, 1, none, Meeting44.SECRETARY);
    Position opinion = new Position();
    opinion.personId = "wang.hong";
    opinion.kind = Position.Kind.OPINION;
    opinion.opinion = "建议分两期实施";
    m.desk.recordPosition(44, 1, opinion, Meeting44.SECRETARY);
    m.decide(1, Decision.Outcome.APPROVED, null);
    Decision d = m.desk.deliberation(44, 1, Meeting44.EVM).decision;
    assertEquals(1, d.noObjections);
    assertEquals(1, d.opinions);
    assertEquals(List.of("wang.hong"), d.opinionsBy);
  }
}

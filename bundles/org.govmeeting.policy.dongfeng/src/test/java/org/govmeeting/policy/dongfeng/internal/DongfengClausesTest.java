package org.govmeeting.policy.dongfeng.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.junit.Test;

/** Dongfeng's own clauses as the compliance report shows them. */
public class DongfengClausesTest {
  static TopicFacts facts(Category c) {
    TopicFacts f = new TopicFacts();
    f.topicId = 5;
    f.category = c;
    f.consulted = true;
    return f;
  }

  static ReviewChain chain(StepState audit) {
    Step s = new Step();
    s.id = 4;
    s.clause = Clause.T8;
    s.label = "资产资源、土地事项审计";
    s.state = audit;
    s.actorId = audit == StepState.SIGNED ? "he.bin" : null;
    s.actedAt = audit == StepState.SIGNED ? Instant.parse("2026-11-20T02:00:00Z") : null;
    ReviewChain c = new ReviewChain();
    c.steps = List.of(s);
    return c;
  }

  // rule: T8 — Dongfeng: every asset or land matter is audited
  @Test
  public void df1TheAuditOfAnAssetOrLandMatter() {
    DongfengPolicy p = new DongfengPolicy();
    List<ClauseCheck> cs = p.comply(facts(Category.MAJOR_MATTER), null);
    assertEquals(List.of("DF-1", "DF-2"), cs.stream().map(c -> c.clause).toList());
    cs.forEach(c -> assertTrue(c.district));
    assertEquals(Verdict.NOT_APPLICABLE, cs.get(0).verdict);
    assertEquals(
        Verdict.PENDING, DongfengClauses.audit(facts(Category.ASSETS_AND_LAND), null).verdict);
    assertEquals(
        Verdict.PENDING,
        DongfengClauses.audit(facts(Category.ASSETS_AND_LAND), chain(StepState.PENDING)).verdict);
    assertEquals(
        Verdict.NOT_MET,
        DongfengClauses.audit(facts(Category.ASSETS_AND_LAND), chain(StepState.RETURNED)).verdict);
    ClauseCheck signed =
        DongfengClauses.audit(facts(Category.ASSETS_AND_LAND), chain(StepState.SIGNED));
    assertEquals(Verdict.MET, signed.verdict);
    assertEquals("he.bin", signed.evidence.get(0).personId);
  }

  // rule: S3 — Dongfeng: consulted and agreed, never waived
  @Test
  public void df2ConsultedAndAgreedWithoutException() {
    TopicFacts f = facts(Category.MAJOR_MATTER);
    assertEquals(Verdict.MET, DongfengClauses.agreed(f, chain(StepState.SIGNED)).verdict);
    f.dissent = true;
    f.overridden = java.util.Set.of(Clause.S3);
    assertEquals(Verdict.NOT_MET, DongfengClauses.agreed(f, chain(StepState.SIGNED)).verdict);
  }
}

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

  // rule: T8 — Dongfeng: each state of the audit says why, in both languages
  @Test
  public void df1SaysWhyTheAuditIsMissingAwaitedOrRefused() {
    TopicFacts land = facts(Category.ASSETS_AND_LAND);
    ClauseCheck notYet = DongfengClauses.audit(land, null);
    assertEquals("议题尚未提交，审计环节尚未开始", notYet.reason);
    assertEquals("not submitted yet", notYet.reasonEnglish);
    // a chain built without the audit step: only the T8 step counts as the audit
    ReviewChain withoutAudit = chain(StepState.SIGNED);
    withoutAudit.steps.get(0).clause = Clause.F4;
    ClauseCheck none = DongfengClauses.audit(land, withoutAudit);
    assertEquals(Verdict.NOT_MET, none.verdict);
    assertEquals("审核链中没有审计环节", none.reason);
    assertEquals("the chain has no audit step", none.reasonEnglish);
    ClauseCheck waiting = DongfengClauses.audit(land, chain(StepState.PENDING));
    assertEquals("待区审计局审计", waiting.reason);
    assertEquals("awaiting the Audit Bureau", waiting.reasonEnglish);
    ClauseCheck rejected = DongfengClauses.audit(land, chain(StepState.REJECTED));
    assertEquals(Verdict.NOT_MET, rejected.verdict);
    assertEquals("区审计局退回或不予通过", rejected.reason);
    assertEquals("returned or refused by Audit", rejected.reasonEnglish);
    ClauseCheck returned = DongfengClauses.audit(land, chain(StepState.RETURNED));
    assertEquals("区审计局退回或不予通过", returned.reason);
  }

  // rule: S3 — Dongfeng: not consulted, or a unit disagrees: never met, and why
  @Test
  public void df2SaysWhyConsultationIsNotMet() {
    TopicFacts agreed = facts(Category.MAJOR_MATTER);
    ClauseCheck met = DongfengClauses.agreed(agreed, null);
    assertEquals(Verdict.MET, met.verdict);
    assertEquals("已征求意见并达成一致", met.reason);
    assertEquals("consulted and agreed", met.reasonEnglish);
    TopicFacts silent = facts(Category.MAJOR_MATTER);
    silent.consulted = false;
    ClauseCheck none = DongfengClauses.agreed(silent, chain(StepState.SIGNED));
    assertEquals(Verdict.NOT_MET, none.verdict);
    assertEquals("未征求相关单位意见", none.reason);
    assertEquals("not consulted", none.reasonEnglish);
    TopicFacts split = facts(Category.MAJOR_MATTER);
    split.dissent = true;
    ClauseCheck before = DongfengClauses.agreed(split, null);
    assertEquals(Verdict.PENDING, before.verdict);
    assertEquals("征求意见单位有分歧意见", before.reason);
    assertEquals("a consulted unit disagrees", before.reasonEnglish);
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

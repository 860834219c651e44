package org.govmeeting.policy.qianjin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.junit.Test;

public class QianjinPolicyTest {
  private final QianjinPolicy policy = new QianjinPolicy();

  private static TopicFacts topic(Category category) {
    TopicFacts t = new TopicFacts();
    t.topicId = 1;
    t.category = category;
    t.leadUnitId = "EDUCATION";
    t.supervisorId = "zhao.min";
    t.consulted = true;
    return t;
  }

  private static List<Clause> clauses(List<ReviewStep> steps) {
    return steps.stream().map(s -> s.clause).collect(Collectors.toList());
  }

  private static Set<Clause> findings(List<Finding> fs) {
    return fs.stream().map(f -> f.clause).collect(Collectors.toSet());
  }

  @Test
  public void everyCategoryGetsTheBasicChain_T2toT9() {
    // rule: T2 T3 T4 T5 T6 T7 T8 T9 — whatever the category, F4, F7 and F8 are signed
    for (Category c : Category.values()) {
      List<ReviewStep> chain = policy.chain(topic(c));
      assertEquals(c.name(), List.of(Clause.F4, Clause.F7, Clause.F8), clauses(chain));
    }
  }

  @Test
  public void supervisorSignsAfterTheDepartmentAndBeforeTheOffice_S1_F7_F8() {
    // rule: S1 — signed by the supervising vice-mayor, then compiled by the Office
    List<ReviewStep> chain = policy.chain(topic(Category.MAJOR_MATTER));
    ReviewStep f4 = chain.get(0);
    ReviewStep f7 = chain.get(1);
    ReviewStep f8 = chain.get(2);
    assertEquals(ReviewStep.Signer.LEAD_UNIT_HEAD, f4.signer);
    assertEquals(ReviewStep.Signer.SUPERVISOR, f7.signer);
    assertEquals(Role.OFFICE_DIRECTOR, f8.role);
    assertTrue(f4.stage < f7.stage && f7.stage < f8.stage);
  }

  @Test
  public void fiscalMatterNeedsFinanceThenTheExecutiveViceMayor_S5_F5() {
    // rule: S5, F5
    TopicFacts t = topic(Category.MAJOR_MATTER);
    t.fiscal = true;
    List<ReviewStep> chain = policy.chain(t);
    ReviewStep finance =
        chain.stream().filter(s -> s.role == Role.FINANCE_HEAD).findFirst().orElseThrow();
    ReviewStep evm =
        chain.stream().filter(s -> s.role == Role.EXECUTIVE_VICE_MAYOR).findFirst().orElseThrow();
    assertEquals(Clause.F5, finance.clause);
    assertEquals(Clause.F5, evm.clause);
    assertTrue(finance.stage < evm.stage);
  }

  @Test
  public void normativeDocumentNeedsLegalityReviewAndPublicConsultation_S4_F6() {
    // rule: S4, F6
    TopicFacts t = topic(Category.NORMATIVE_DOCUMENT);
    t.normativeDocument = true;
    assertTrue(clauses(policy.chain(t)).contains(Clause.F6));
    assertEquals(Set.of(Clause.S4), findings(policy.check(t)));
    t.publicConsultationDone = true;
    assertTrue(policy.check(t).isEmpty());
  }

  @Test
  public void aMatterSentForLegalityReviewHasTheJusticeStepButNoConsultationRule_F6() {
    // rule: F6 — 其他法律性较强的事项: the legality review without the normative document's S4
    TopicFacts t = topic(Category.MAJOR_MATTER);
    t.legalReviewAsked = true;
    assertTrue(clauses(policy.chain(t)).contains(Clause.F6));
    assertTrue(policy.check(t).isEmpty());
  }

  @Test
  public void dissentAndMissingConsultationBlockButMayBeLifted_S3() {
    // rule: S3 — in principle; the mayor may lift it
    TopicFacts t = topic(Category.MAJOR_MATTER);
    t.consulted = false;
    assertEquals(Set.of(Clause.S3), findings(policy.check(t)));
    t.consulted = true;
    t.dissent = true;
    assertEquals("dissent needs the mayor", Set.of(Clause.S3), findings(policy.check(t)));
    // an emergency as the mayor confirmed it is exempt from consultation and agreement alike
    t.urgent = true;
    assertTrue("confirmed emergency, dissent exempt", policy.check(t).isEmpty());
    t.consulted = false;
    t.dissent = false;
    assertTrue("an emergency need not wait for consultation", policy.check(t).isEmpty());
    assertTrue(policy.overridable().contains(Clause.S3));
  }

  @Test
  public void partyCommitteeRemitNeedsThePreReport_S6() {
    // rule: S6
    TopicFacts t = topic(Category.PARTY_COMMITTEE_OR_CONGRESS);
    t.partyCommitteeRemit = true;
    assertEquals(Set.of(Clause.S6), findings(policy.check(t)));
    t.partyPreReported = true;
    assertTrue(policy.check(t).isEmpty());
    assertFalse(policy.overridable().contains(Clause.S6));
  }

  @Test
  public void quorumIsAtLeastHalfOfTheMembers_C1() {
    // rule: C1 — 半数以上: 以上 includes the number itself, so exactly half is a quorum
    assertTrue("exactly half", policy.quorate(3, 6));
    assertFalse("one below half", policy.quorate(2, 6));
    assertTrue(policy.quorate(4, 6));
    assertTrue("more than half of an odd number", policy.quorate(4, 7));
    assertFalse("one below half of an odd number", policy.quorate(3, 7));
    assertTrue(policy.quorate(1, 2));
    assertFalse(policy.quorate(0, 2));
    assertTrue(policy.quorate(6, 6));
  }

  @Test
  public void materialsGoOutTwoDaysAhead_M2() {
    // rule: M2 — 1-2 days before the meeting
    assertEquals(2, policy.materialsLeadDays());
  }

  @Test
  public void onlyInPrincipleRulesAreOverridable() {
    for (Clause c : policy.overridable()) {
      assertTrue(c + " is not 原则上", c.inPrinciple());
    }
    assertEquals(
        Set.of(Clause.C3, Clause.S1, Clause.S3, Clause.S7, Clause.S8), policy.overridable());
  }
}

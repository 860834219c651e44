package org.govmeeting.policy.dongfeng.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.junit.Test;

/** Each of Dongfeng's findings and sign-offs, for exactly the facts that call for it. */
public class DongfengRulesTest {
  private final DongfengPolicy policy = new DongfengPolicy();

  private static TopicFacts agreed() {
    TopicFacts t = new TopicFacts();
    t.category = Category.MAJOR_MATTER;
    t.consulted = true;
    t.supervisorId = "sun.lei";
    return t;
  }

  private List<Clause> findings(TopicFacts t) {
    return policy.check(t).stream().map(f -> f.clause).collect(Collectors.toList());
  }

  /** Each step as stage:clause:role, in the chain's order. */
  private List<String> chain(TopicFacts t) {
    return policy.chain(t).stream()
        .map(s -> s.stage + ":" + s.clause + ":" + (s.role == null ? s.signer : s.role))
        .collect(Collectors.toList());
  }

  @Test
  public void aConsultedAgreedTopicHasNoFinding_S3() {
    // rule: S3 — nothing to find on a topic consulted on and agreed
    assertEquals(List.of(), findings(agreed()));
  }

  @Test
  public void aTopicNotConsultedOrWithDissentIsFound_S3() {
    // rule: S3 — Dongfeng: consulted and agreed, urgent or not
    TopicFacts none = agreed();
    none.consulted = false;
    none.urgent = true;
    assertEquals(List.of(Clause.S3), findings(none));
    TopicFacts dissent = agreed();
    dissent.dissent = true;
    assertEquals(List.of(Clause.S3), findings(dissent));
  }

  @Test
  public void aNormativeDocumentNeedsItsPublicConsultationDone_S4() {
    // rule: S4 — only a normative document, and only until the consultation is done
    TopicFacts running = agreed();
    running.normativeDocument = true;
    assertEquals(List.of(Clause.S4), findings(running));
    running.publicConsultationDone = true;
    assertEquals(List.of(), findings(running));
    TopicFacts other = agreed();
    other.publicConsultationDone = false;
    assertEquals(List.of(), findings(other));
  }

  @Test
  public void aTopicInThePartyCommitteesRemitIsReportedFirst_S6() {
    // rule: S6 — only within the remit, and only until it is reported
    TopicFacts remit = agreed();
    remit.partyCommitteeRemit = true;
    assertEquals(List.of(Clause.S6), findings(remit));
    remit.partyPreReported = true;
    assertEquals(List.of(), findings(remit));
  }

  @Test
  public void everyFindingAtOnce_S3_S4_S6() {
    TopicFacts all = agreed();
    all.consulted = false;
    all.normativeDocument = true;
    all.partyCommitteeRemit = true;
    assertEquals(List.of(Clause.S3, Clause.S4, Clause.S6), findings(all));
  }

  @Test
  public void theChainIsTheDepartmentThenTheSupervisorThenTheOffice_F4_F7_F8() {
    // rule: F4, F7, F8 — every topic, in three rounds and the Office's check
    assertEquals(
        List.of("1:F4:LEAD_UNIT_HEAD", "3:F7:SUPERVISOR", "4:F8:OFFICE_DIRECTOR"), chain(agreed()));
  }

  @Test
  public void aFiscalMatterIsSignedByFinanceThenTheExecutiveViceMayor_S5_F5() {
    // rule: S5, F5 — Finance in the bureaus' round, the executive vice-mayor in the leaders'
    TopicFacts fiscal = agreed();
    fiscal.fiscal = true;
    assertEquals(
        List.of(
            "1:F4:LEAD_UNIT_HEAD",
            "2:F5:FINANCE_HEAD",
            "3:F5:EXECUTIVE_VICE_MAYOR",
            "3:F7:SUPERVISOR",
            "4:F8:OFFICE_DIRECTOR"),
        chain(fiscal));
  }

  @Test
  public void aNormativeDocumentIsReviewedByJustice_S4_F6() {
    // rule: S4, F6 — the Justice Bureau's legality review, in the bureaus' round
    TopicFacts normative = agreed();
    normative.normativeDocument = true;
    assertEquals(
        List.of(
            "1:F4:LEAD_UNIT_HEAD", "2:F6:JUSTICE_HEAD", "3:F7:SUPERVISOR", "4:F8:OFFICE_DIRECTOR"),
        chain(normative));
  }

  @Test
  public void aMatterSentForLegalityReviewHasTheJusticeStep_F6() {
    // rule: F6 — 其他法律性较强的事项, asked for by the Office or the supervisor
    TopicFacts asked = agreed();
    asked.legalReviewAsked = true;
    assertEquals(
        List.of(
            "1:F4:LEAD_UNIT_HEAD", "2:F6:JUSTICE_HEAD", "3:F7:SUPERVISOR", "4:F8:OFFICE_DIRECTOR"),
        chain(asked));
  }

  @Test
  public void everyBureauOfAFiscalNormativeLandMatterSignsInTheSameRound_T8() {
    // rule: T8 — the Audit Bureau beside Finance and Justice
    TopicFacts t = agreed();
    t.category = Category.ASSETS_AND_LAND;
    t.fiscal = true;
    t.normativeDocument = true;
    List<ReviewStep> steps = policy.chain(t);
    assertEquals(
        Set.of(Role.FINANCE_HEAD, Role.JUSTICE_HEAD, Role.AUDIT_HEAD),
        steps.stream().filter(s -> s.stage == 2).map(s -> s.role).collect(Collectors.toSet()));
    assertTrue(steps.stream().allMatch(s -> s.label != null && s.labelEnglish != null));
  }

  @Test
  public void onlyC3S1S7AndS8MayBeLifted_S3_S1() {
    // rule: S3 — never lifted in Dongfeng; C3, S1, S7, S8 are
    assertEquals(Set.of(Clause.C3, Clause.S1, Clause.S7, Clause.S8), policy.overridable());
  }
}

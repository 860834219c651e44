package org.govmeeting.policy.dongfeng.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.govmeeting.testkit.PolicyTestKit;
import org.junit.Test;

/** The Dongfeng policy against the platform's standard scenarios. */
public class DongfengPolicyKitTest {
  @Test
  public void passesThePolicyTestKit() {
    assertEquals(List.of(), PolicyTestKit.problems(new DongfengPolicy()));
  }

  // rule: S3, T8 — Dongfeng names its own clauses: DF-2 (a stricter S3) blocks, DF-1 (on T8) asks
  @Test
  public void dongfengsOwnClausesAreWhatItsFindingsAndItsAuditStepName() {
    List<PolicyTestKit.Outcome> all = PolicyTestKit.run(new DongfengPolicy());
    PolicyTestKit.Outcome unconsulted =
        all.stream()
            .filter(o -> o.findings.contains(org.govmeeting.api.rule.Clause.S3))
            .findFirst()
            .orElseThrow();
    org.junit.Assert.assertTrue(unconsulted.toString(), unconsulted.findingIds.contains("DF-2"));
    org.junit.Assert.assertFalse(unconsulted.toString(), unconsulted.findingIds.contains("S3"));
    PolicyTestKit.Outcome asset =
        all.stream()
            .filter(o -> o.scenario.startsWith("asset or land matter"))
            .findFirst()
            .orElseThrow();
    org.junit.Assert.assertTrue(asset.chainText(), asset.chainText().contains("2:AUDIT_HEAD/DF-1"));
    String report = PolicyTestKit.diffReport(new DongfengPolicy(), new DongfengPolicy());
    org.junit.Assert.assertFalse(report, report.contains("only in A: [DF"));
  }

  // rule: T8, S3 — the kit's dry-run: Dongfeng's rules over topics Qianjin's chains dealt with
  @Test
  public void theKitsDryRunTellsWhatDongfengWouldHaveChangedOnPastTopics() {
    java.util.Map<String, org.govmeeting.api.policy.TopicFacts> s = PolicyTestKit.scenarios();
    List<String> qianjinChain =
        List.of("1:LEAD_UNIT_HEAD/F4", "2:SUPERVISOR/F7", "3:OFFICE_DIRECTOR/F8");
    org.govmeeting.api.policy.TopicFacts lifted = s.get("consulted unit disagrees (S3)");
    lifted.overridden = java.util.Set.of(org.govmeeting.api.rule.Clause.S3);
    List<org.govmeeting.api.policy.DryRunTopic> tried =
        PolicyTestKit.dryRun(
            new DongfengPolicy(),
            List.of(
                org.govmeeting.testkit.PastTopic.of(
                    "城区地块出让", s.get("asset or land matter (T8)"), qianjinChain),
                org.govmeeting.testkit.PastTopic.of("学区调整（区长准予例外）", lifted, qianjinChain)));
    org.govmeeting.api.policy.DryRunTopic asset = tried.get(0);
    org.junit.Assert.assertTrue(asset.added.toString(), asset.added.contains("2:AUDIT_HEAD/DF-1"));
    org.junit.Assert.assertTrue(
        asset.removed.toString(), asset.removed.contains("2:SUPERVISOR/F7"));
    org.junit.Assert.assertTrue(asset.blockedBy.isEmpty());
    org.junit.Assert.assertTrue(asset.changed);
    // Qianjin's mayor lifted S3 for it; Dongfeng never lifts it, so DF-2 would have blocked it.
    org.govmeeting.api.policy.DryRunTopic dissent = tried.get(1);
    assertEquals(1, dissent.blockedBy.size());
    assertEquals("DF-2", dissent.blockedBy.get(0).own.id());
  }
}

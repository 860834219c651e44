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
}

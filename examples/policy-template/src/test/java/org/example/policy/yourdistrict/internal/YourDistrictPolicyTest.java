package org.example.policy.yourdistrict.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.testkit.PolicyTestKit;
import org.junit.Test;

public class YourDistrictPolicyTest {
  private final YourDistrictPolicy policy = new YourDistrictPolicy();

  @Test
  public void keepsToWhatThePlatformRelies() {
    assertEquals(List.of(), PolicyTestKit.problems(policy));
  }

  @Test
  public void buildsTheChainsYourRegulationAsksFor() {
    System.out.println(PolicyTestKit.report(policy));
    for (PolicyTestKit.Outcome o : PolicyTestKit.run(policy)) {
      if (o.scenario.startsWith("fiscal")) {
        assertEquals("1:LEAD_UNIT_HEAD/F4 2:FINANCE_HEAD/F5 3:EXECUTIVE_VICE_MAYOR/F5 4:SUPERVISOR/F7"
            + " 5:OFFICE_DIRECTOR/F8", o.chainText());
      }
      if (o.scenario.startsWith("asset")) {
        assertTrue(o.chainText(), o.chainText().contains("AUDIT_HEAD/T8"));
      }
      if (o.scenario.startsWith("consulted unit disagrees")) {
        assertEquals(List.of(Clause.S3), o.findings);
      }
    }
  }

  @Test
  public void keepsTheQianjinRulesItStartsFrom() {
    // S3 — an emergency the mayor confirmed is exempt (除突发事件等紧急事项外)
    org.govmeeting.api.policy.TopicFacts urgent = new org.govmeeting.api.policy.TopicFacts();
    urgent.dissent = true;
    urgent.urgent = true;
    assertEquals(List.of(), policy.check(urgent));
    urgent.urgent = false;
    assertEquals(Clause.S3, policy.check(urgent).get(1).clause);
    // the mayor may lift the five 原则上 rules Qianjin lets him lift
    assertEquals(
        java.util.EnumSet.of(Clause.C3, Clause.S1, Clause.S3, Clause.S7, Clause.S8),
        policy.overridable());
    // C1 — 半数以上 includes half
    assertTrue(policy.quorate(3, 6));
  }
}

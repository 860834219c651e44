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
}

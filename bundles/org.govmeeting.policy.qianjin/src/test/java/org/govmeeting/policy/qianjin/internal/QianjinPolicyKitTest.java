package org.govmeeting.policy.qianjin.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.govmeeting.testkit.PolicyTestKit;
import org.junit.Test;

/** The Qianjin policy against the platform's standard scenarios. */
public class QianjinPolicyKitTest {
  @Test
  public void passesThePolicyTestKit() {
    assertEquals(List.of(), PolicyTestKit.problems(new QianjinPolicy()));
  }

  @Test
  public void fiscalChainIsFinanceThenTheExecutiveViceMayor_S5() {
    // rule: S5
    PolicyTestKit.Outcome fiscal =
        PolicyTestKit.run(new QianjinPolicy()).stream()
            .filter(o -> o.scenario.startsWith("fiscal"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "1:LEAD_UNIT_HEAD/F4 2:FINANCE_HEAD/F5 3:EXECUTIVE_VICE_MAYOR/F5 4:SUPERVISOR/F7"
            + " 5:OFFICE_DIRECTOR/F8",
        fiscal.chainText());
  }
}

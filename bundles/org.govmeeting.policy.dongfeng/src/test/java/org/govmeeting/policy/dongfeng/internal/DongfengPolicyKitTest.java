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
}

package org.govmeeting.policy.dongfeng.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.junit.Test;

public class DongfengPolicyTest {
  private final DongfengPolicy policy = new DongfengPolicy();

  private static TopicFacts topic(Category c) {
    TopicFacts t = new TopicFacts();
    t.category = c;
    t.consulted = true;
    t.supervisorId = "sun.lei";
    return t;
  }

  @Test
  public void assetAndLandMattersAreAudited_T8() {
    // rule: T8 — Dongfeng adds the Audit Bureau for asset and land matters
    assertTrue(
        policy.chain(topic(Category.ASSETS_AND_LAND)).stream()
            .anyMatch(s -> s.role == Role.AUDIT_HEAD));
    assertFalse(
        policy.chain(topic(Category.MAJOR_MATTER)).stream()
            .anyMatch(s -> s.role == Role.AUDIT_HEAD));
  }

  @Test
  public void quorumIsAtLeastTwoThirds_C1() {
    // rule: C1 as Dongfeng varies it: two thirds at least, so exactly two thirds is a quorum
    assertTrue("exactly two thirds", policy.quorate(4, 6));
    assertFalse("one below two thirds", policy.quorate(3, 6));
    assertTrue("exactly two thirds", policy.quorate(6, 9));
    assertFalse("one below two thirds", policy.quorate(5, 9));
    assertTrue("above two thirds", policy.quorate(5, 7));
    assertFalse("below two thirds", policy.quorate(4, 7));
  }

  @Test
  public void consultationIsNeverWaived_S3() {
    // rule: S3 — not overridable in Dongfeng
    TopicFacts t = topic(Category.MAJOR_MATTER);
    t.dissent = true;
    assertEquals(Clause.S3, policy.check(t).get(0).clause);
    assertFalse(policy.overridable().contains(Clause.S3));
  }

  @Test
  public void materialsThreeDaysAhead_M2() {
    // rule: M2 as Dongfeng varies it
    assertEquals(3, policy.materialsLeadDays());
  }
}

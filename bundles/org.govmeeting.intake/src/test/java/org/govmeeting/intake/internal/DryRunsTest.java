package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.junit.Test;

/** A policy tried on a past topic: what it would have blocked, added and left out. */
public class DryRunsTest {
  /** A district that adds the Audit Bureau for asset and land matters and never lets dissent by. */
  static class Strict implements Policy {
    @Override
    public String district() {
      return "strict";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public List<Finding> check(TopicFacts t) {
      return t.dissent ? List.of(new Finding(Clause.S3, "有分歧", "dissent")) : List.of();
    }

    @Override
    public List<ReviewStep> chain(TopicFacts t) {
      List<ReviewStep> s = new ArrayList<>();
      s.add(new ReviewStep(1, ReviewStep.Signer.LEAD_UNIT_HEAD, null, Clause.F4, "F4"));
      if (t.category == Category.ASSETS_AND_LAND) {
        s.add(ReviewStep.byRole(2, Role.AUDIT_HEAD, Clause.T8, "audit"));
      }
      s.add(new ReviewStep(4, ReviewStep.Signer.SUPERVISOR, null, Clause.F7, "F7"));
      s.add(ReviewStep.byRole(5, Role.OFFICE_DIRECTOR, Clause.F8, "F8"));
      return s;
    }

    @Override
    public boolean quorate(int present, int all) {
      return present * 2 >= all;
    }

    @Override
    public int materialsLeadDays() {
      return 2;
    }

    @Override
    public Set<Clause> overridable() {
      return EnumSet.noneOf(Clause.class);
    }
  }

  private static Step step(int stage, Clause clause, Role role, String signer) {
    Step s = new Step();
    s.stage = stage;
    s.clause = clause;
    s.role = role;
    s.signerId = signer;
    return s;
  }

  /** The chain Qianjin built: the unit's head, the supervisor, the Office. */
  private static ReviewChain qianjinChain() {
    ReviewChain c = new ReviewChain();
    c.policyDistrict = "qianjin";
    c.policyVersion = "2021.3";
    c.steps =
        List.of(
            step(1, Clause.F4, null, "luo.ping"),
            step(4, Clause.F7, null, "zhao.min"),
            step(5, Clause.F8, Role.OFFICE_DIRECTOR, null));
    return c;
  }

  private static TopicFacts facts(Category c) {
    TopicFacts f = new TopicFacts();
    f.topicId = 9;
    f.category = c;
    f.supervisorId = "zhao.min";
    f.consulted = true;
    return f;
  }

  @Test
  public void anAssetMatterWouldHaveHadTheAuditStepAdded() {
    DryRunTopic d = DryRuns.compare(new Strict(), facts(Category.ASSETS_AND_LAND), qianjinChain());
    assertTrue(d.changed);
    assertEquals(List.of("2:AUDIT_HEAD/T8"), d.added);
    assertEquals(List.of(), d.removed);
    assertEquals("qianjin 2021.3", d.actualPolicy);
    assertTrue(d.actualChain.contains("4:SUPERVISOR/F7"));
    assertTrue(d.actualChain.contains("1:LEAD_UNIT_HEAD/F4"));
  }

  @Test
  public void twoPoliciesAreComparedOnThresholdsAndScenarios() {
    Strict a = new Strict();
    Strict twoThirds =
        new Strict() {
          @Override
          public boolean quorate(int present, int all) {
            return present * 3 >= all * 2;
          }

          @Override
          public List<ReviewStep> chain(TopicFacts t) {
            List<ReviewStep> s = super.chain(t);
            s.removeIf(x -> x.clause == Clause.T8);
            return s;
          }
        };
    org.govmeeting.api.policy.PolicyDiff d = PolicyDiffs.of(a, twoThirds);
    assertTrue(
        d.thresholds.toString(), d.thresholds.contains("quorum (C1) at 3 of 6: A yes, B no"));
    assertEquals(2, d.scenarios.size());
    assertEquals(List.of("2:AUDIT_HEAD/T8"), d.scenarios.get(0).stepsOnlyInA);
    assertTrue(PolicyDiffs.of(a, a).scenarios.isEmpty());
    assertTrue(PolicyDiffs.of(a, a).thresholds.isEmpty());
  }

  @Test
  public void anOrdinaryTopicWouldHaveGoneTheSameWay() {
    DryRunTopic d = DryRuns.compare(new Strict(), facts(Category.DEPARTMENT_WORK), qianjinChain());
    assertFalse(d.toString(), d.changed);
    assertEquals(d.chain, d.actualChain);
  }

  @Test
  public void dissentWouldHaveBlockedItAndANeverSubmittedTopicHasNoRealChain() {
    TopicFacts split = facts(Category.DEPARTMENT_WORK);
    split.dissent = true;
    DryRunTopic d = DryRuns.compare(new Strict(), split, null);
    assertTrue(d.changed);
    assertEquals(Clause.S3, d.blockedBy.get(0).clause);
    assertNull(d.actualPolicy);
    assertEquals(d.chain, d.added);
  }

  /** The same district, except that the mayor may lift S3 for a topic (原则上). */
  static class Lenient extends Strict {
    @Override
    public Set<Clause> overridable() {
      return EnumSet.of(Clause.S3);
    }
  }

  // rule: S3 — a dry-run blocks on what the engine would refuse: not on a rule the mayor lifted
  @Test
  public void aRuleTheMayorLiftedForTheTopicWouldNotHaveBlockedIt() {
    TopicFacts split = facts(Category.DEPARTMENT_WORK);
    split.dissent = true;
    split.overridden = EnumSet.of(Clause.S3);
    DryRunTopic lifted = DryRuns.compare(new Lenient(), split, qianjinChain());
    assertTrue(lifted.toString(), lifted.blockedBy.isEmpty());
    assertFalse(lifted.changed);
    // Where the policy does not let the mayor lift it, the lift counts for nothing.
    DryRunTopic strict = DryRuns.compare(new Strict(), split, qianjinChain());
    assertEquals(Clause.S3, strict.blockedBy.get(0).clause);
  }
}

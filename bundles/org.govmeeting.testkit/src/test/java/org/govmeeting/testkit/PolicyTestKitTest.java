package org.govmeeting.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;
import org.govmeeting.api.topic.Category;
import org.junit.Test;

/** The kit finds what a district's policy gets wrong, each problem once, with where it shows. */
public class PolicyTestKitTest {
  /** A policy written carelessly: every mistake the kit should name. */
  static class Careless implements Policy {
    @Override
    public String district() {
      return "careless";
    }

    @Override
    public String version() {
      return "0.1";
    }

    @Override
    public List<Finding> check(TopicFacts t) {
      return t.fiscal ? null : List.of();
    }

    @Override
    public List<ReviewStep> chain(TopicFacts t) {
      if (t.category == Category.HIGHER_GOVERNMENT) {
        return null;
      }
      List<ReviewStep> steps = new ArrayList<>();
      steps.add(new ReviewStep(1, ReviewStep.Signer.LEAD_UNIT_HEAD, null, Clause.F4, "F4"));
      steps.add(new ReviewStep(4, ReviewStep.Signer.SUPERVISOR, null, Clause.F7, "F7"));
      // the clerk "checks" for the Office, and before the supervisor
      steps.add(ReviewStep.byRole(2, Role.DEPARTMENT_STAFF, Clause.F8, "F8"));
      if (t.normativeDocument) {
        steps.add(ReviewStep.byRole(2, Role.FINANCE_HEAD, Clause.F6, "F6"));
      }
      return steps;
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
      return EnumSet.of(Clause.S7);
    }
  }

  @Test
  public void namesEachMistakeOnceWithTheScenariosItShowsIn() {
    List<String> problems = PolicyTestKit.problems(new Careless());
    String all = String.join("\n", problems);
    assertTrue(all, all.contains("check answered null"));
    assertTrue(
        all,
        all.contains(
            "chain answered null: every topic needs a chain — in: matter for the higher government (T6)"));
    assertTrue(
        all, all.contains("a department's clerk (DEPARTMENT_STAFF) signs no review step (F8)"));
    assertTrue(all, all.contains("F8 (the Government Office's check) comes last, not at stage 2"));
    assertTrue(all, all.contains("F6 cannot be signed by FINANCE_HEAD"));
    // once each, however many scenarios show it
    assertEquals(
        all, 1, problems.stream().filter(p -> p.startsWith("a department's clerk")).count());
    String clerk =
        problems.stream()
            .filter(p -> p.startsWith("a department's clerk"))
            .findFirst()
            .orElseThrow();
    assertTrue(clerk, clerk.contains("plain department work (T9); "));
  }

  @Test
  public void theDiffNamesWhereTwoPoliciesDisagree() {
    Careless a = new Careless();
    Careless b =
        new Careless() {
          @Override
          public boolean quorate(int present, int all) {
            return present * 3 >= all * 2;
          }
        };
    assertEquals(List.of(), PolicyTestKit.diff(a, a));
    String report = PolicyTestKit.diffReport(a, b);
    assertTrue(report, report.contains("quorum (C1) differs at 3 of 6: A quorate, B not"));
    Careless audited =
        new Careless() {
          @Override
          public List<ReviewStep> chain(TopicFacts t) {
            List<ReviewStep> steps = super.chain(t);
            if (steps != null && t.category == Category.ASSETS_AND_LAND) {
              steps.add(ReviewStep.byRole(2, Role.AUDIT_HEAD, Clause.T8, "audit"));
            }
            return steps;
          }
        };
    List<PolicyTestKit.Difference> diff = PolicyTestKit.diff(a, audited);
    assertEquals(diff.toString(), 2, diff.size());
    assertTrue(diff.get(0).scenario, diff.get(0).scenario.startsWith("asset or land matter"));
    assertEquals(List.of("2:AUDIT_HEAD/T8"), diff.get(0).onlyBSteps);
    assertEquals(List.of(), diff.get(0).onlyASteps);
  }

  @Test
  public void everyCategoryHasAScenario() {
    Set<Category> covered = EnumSet.noneOf(Category.class);
    PolicyTestKit.scenarios().values().forEach(f -> covered.add(f.category));
    assertEquals(EnumSet.allOf(Category.class), covered);
    assertTrue(
        PolicyTestKit.scenarios().values().stream()
            .anyMatch(f -> f.category == Category.ASSETS_AND_LAND && f.fiscal));
  }

  /** A district that names its own clauses, with every mistake the kit should find in them. */
  static class OwnClauses extends Careless {
    static final DistrictClause AUDITED =
        new DistrictClause("XY-1", "向阳区：资产事项须经审计。", "Xiangyang: assets are audited", Clause.T8);
    static final DistrictClause AUDITED_AGAIN =
        new DistrictClause("XY-1", "向阳区：资产事项审计。", null, Clause.T8);

    @Override
    public List<Finding> check(TopicFacts t) {
      return List.of();
    }

    @Override
    public List<ReviewStep> chain(TopicFacts t) {
      List<ReviewStep> steps = super.chain(t);
      if (steps != null && t.category == Category.ASSETS_AND_LAND) {
        ReviewStep audit = ReviewStep.byRole(2, Role.AUDIT_HEAD, Clause.T8, "审计");
        audit.own = t.fiscal ? AUDITED_AGAIN : AUDITED;
        audit.clause = Clause.F5; // not the basis
        steps.add(audit);
      }
      return steps;
    }
  }

  // rule: F4 — a district names its own clause (XY-1) instead of borrowing T8; the kit checks it
  @Test
  public void aDistrictsOwnClausesRestOnTheirBasisAreWordedOnceAndJudgedInTheReport() {
    List<String> problems = PolicyTestKit.problems(new OwnClauses());
    String all = String.join("\n", problems);
    assertTrue(all, all.contains("XY-1 rests on T8 but names F5 beside it"));
    assertTrue(all, all.contains("XY-1 is worded or based two ways"));
    assertTrue(all, all.contains("XY-1 blocks topics or asks for signatures, but the compliance"));
    assertEquals(all, 1, problems.stream().filter(p -> p.startsWith("XY-1 blocks topics")).count());
    PolicyTestKit.Outcome asset =
        PolicyTestKit.run(new OwnClauses()).stream()
            .filter(o -> o.scenario.startsWith("asset or land matter"))
            .findFirst()
            .orElseThrow();
    assertTrue(asset.chainText(), asset.chainText().contains("2:AUDIT_HEAD/XY-1"));
  }

  @Test
  public void aDistrictClauseNeverTakesTheRegulationsIdNorGoesWithoutWordsOrBasis() {
    for (String bad : List.of("S3", "DF", "df-1", "DF-", "TOOLONGID-1")) {
      try {
        new DistrictClause(bad, "文字", null, Clause.S3);
        org.junit.Assert.fail(bad + " taken as a district clause ID");
      } catch (IllegalArgumentException expected) {
        assertTrue(expected.getMessage(), expected.getMessage().contains(bad));
      }
    }
    try {
      new DistrictClause("DF-9", " ", null, Clause.S3);
      org.junit.Assert.fail("a clause without words");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("DF-9"));
    }
    try {
      new DistrictClause("DF-9", "文字", null, null);
      org.junit.Assert.fail("a clause without its basis");
    } catch (NullPointerException expected) {
      assertTrue(expected.getMessage().contains("DF-9"));
    }
    assertEquals("文字", new DistrictClause("DF-9", "文字", null, Clause.S3).text(true));
  }

  @Test
  public void theKitsDryRunComparesAPolicyWithWhatHappenedAndLeavesLiftedFindingsOut() {
    Careless before = new Careless();
    Careless audited =
        new Careless() {
          @Override
          public List<ReviewStep> chain(TopicFacts t) {
            List<ReviewStep> steps = super.chain(t);
            if (steps != null && t.category == Category.ASSETS_AND_LAND) {
              steps.add(ReviewStep.byRole(2, Role.AUDIT_HEAD, Clause.T8, "audit"));
            }
            return steps;
          }

          @Override
          public List<Finding> check(TopicFacts t) {
            return t.dissent ? List.of(new Finding(Clause.S7, "有分歧", "dissent")) : List.of();
          }
        };
    TopicFacts asset = PolicyTestKit.scenarios().get("asset or land matter (T8)");
    TopicFacts plain = PolicyTestKit.scenarios().get("plain department work (T9)");
    TopicFacts dissent = PolicyTestKit.scenarios().get("consulted unit disagrees (S3)");
    TopicFacts liftedDissent = PolicyTestKit.scenarios().get("consulted unit disagrees (S3)");
    liftedDissent.overridden = Set.of(Clause.S7);
    List<org.govmeeting.api.policy.DryRunTopic> tried =
        PolicyTestKit.dryRun(
            audited,
            List.of(
                PastTopic.under(before, "asset", asset),
                PastTopic.under(before, "plain", plain),
                PastTopic.under(before, "dissent", dissent),
                PastTopic.under(before, "dissent, S7 lifted", liftedDissent)));
    assertEquals(List.of("2:AUDIT_HEAD/T8"), tried.get(0).added);
    assertEquals(List.of(), tried.get(0).removed);
    assertEquals("careless 0.1", tried.get(0).actualPolicy);
    assertTrue(!tried.get(1).changed);
    assertEquals(Clause.S7, tried.get(2).blockedBy.get(0).clause);
    assertTrue("S7 is liftable in this policy, and was lifted", tried.get(3).blockedBy.isEmpty());
  }
}

package org.govmeeting.policy.dongfeng.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.ReviewStep.Signer;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.osgi.service.component.annotations.Component;

/**
 * Dongfeng district's variant of the rules, as an example of what another district changes: the
 * Audit Bureau reviews every asset or land matter (T8), a meeting needs two thirds of its members,
 * materials go out three days ahead, and consultation (S3) is never waived.
 */
@Component(
    service = Policy.class,
    property = {
      Policy.DISTRICT + "=" + DongfengPolicy.DISTRICT,
      Policy.VERSION + "=" + DongfengPolicy.VERSION
    })
public class DongfengPolicy implements Policy {
  static final String DISTRICT = "dongfeng";
  static final String VERSION = "2024.1";

  private final Set<Clause> overridable = EnumSet.of(Clause.C3, Clause.S1, Clause.S7, Clause.S8);

  @Override
  public String district() {
    return DISTRICT;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<Finding> check(TopicFacts t) {
    List<Finding> out = new ArrayList<>();
    if (!t.consulted || t.dissent) {
      out.add(
          new Finding(
              DongfengClauses.AGREED,
              "东风区：每个议题提交前须征求意见并达成一致",
              "every topic is consulted on and agreed before submission"));
    }
    if (t.normativeDocument && !t.publicConsultationDone) {
      out.add(
          new Finding(
              Clause.S4,
              "社会公开程序未履行完毕（须征求意见期已结束并记录处理结果）",
              "public consultation is not done (ended, outcome recorded)"));
    }
    if (t.partyCommitteeRemit && !t.partyPreReported) {
      out.add(
          new Finding(
              Clause.S6,
              "未先向区委主要领导报告",
              "the party committee's principal leader was not told first"));
    }
    return out;
  }

  @Override
  public List<ReviewStep> chain(TopicFacts t) {
    // Dongfeng reviews in three rounds: the department, the bureaus, then the leaders.
    List<ReviewStep> chain = new ArrayList<>();
    chain.add(
        new ReviewStep(
            1, Signer.LEAD_UNIT_HEAD, null, Clause.F4, "征求意见情况确认", "consultation attested"));
    if (t.fiscal) {
      chain.add(ReviewStep.byRole(2, Role.FINANCE_HEAD, Clause.F5, "财政审核", "fiscal review"));
    }
    // rule: F6 — a normative document, or a matter the Office or the supervisor sends for it
    if (t.normativeDocument || t.legalReviewAsked) {
      chain.add(ReviewStep.byRole(2, Role.JUSTICE_HEAD, Clause.F6, "合法性审核", "legality review"));
    }
    if (t.category == Category.ASSETS_AND_LAND) {
      chain.add(
          ReviewStep.byRole(
                  2, Role.AUDIT_HEAD, Clause.T8, "资产资源、土地事项审计", "audit of the asset or land matter")
              .under(DongfengClauses.AUDIT));
    }
    if (t.fiscal) {
      chain.add(
          ReviewStep.byRole(
              3, Role.EXECUTIVE_VICE_MAYOR, Clause.F5, "常务副区长财政签批", "fiscal sign-off"));
    }
    chain.add(
        new ReviewStep(3, Signer.SUPERVISOR, null, Clause.F7, "分管副区长签字", "supervisor's signature"));
    chain.add(
        ReviewStep.byRole(4, Role.OFFICE_DIRECTOR, Clause.F8, "材料完备性审核", "completeness check"));
    return chain;
  }

  // rule: C1 — two thirds at least: exactly two thirds is a quorum
  @Override
  public boolean quorate(int presentMembers, int allMembers) {
    return presentMembers * 3 >= allMembers * 2;
  }

  @Override
  public int materialsLeadDays() {
    return 3;
  }

  @Override
  public Set<Clause> overridable() {
    return overridable;
  }

  /** Dongfeng's own clauses, beyond the regulation's (DF-1, DF-2 in {@link DongfengClauses}). */
  @Override
  public List<ClauseCheck> comply(TopicFacts t, ReviewChain chain) {
    return List.of(DongfengClauses.audit(t, chain), DongfengClauses.agreed(t, chain));
  }
}

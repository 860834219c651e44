package org.example.policy.yourdistrict.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.ReviewStep.Signer;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.osgi.service.component.annotations.Component;

/**
 * Your district's rules. As shipped, these are the Qianjin rules the platform runs by default
 * (《前进区人民政府常务会议制度》) with exactly one difference, marked EXAMPLE below: an Audit Bureau
 * step for asset and land matters, to show how a district adds a sign-off of its own. Delete it if
 * your district has none, then change what your regulation says differently: which sign-offs a
 * topic needs and in which order (stages), what blocks a submission, the quorum, the materials
 * lead time, and which "in principle" (原则上) rules your mayor may lift. The platform records on
 * every chain the district and version below, so raise the version whenever the rules change.
 */
@Component(
    service = Policy.class,
    property = {
      Policy.DISTRICT + "=" + YourDistrictPolicy.DISTRICT,
      Policy.VERSION + "=" + YourDistrictPolicy.VERSION
    })
public class YourDistrictPolicy implements Policy {
  static final String DISTRICT = "yourdistrict";
  static final String VERSION = "1.0";

  @Override
  public String district() {
    return DISTRICT;
  }

  @Override
  public String version() {
    return VERSION;
  }

  /** What must be true before a topic's chain may start; each finding in Chinese and English. */
  @Override
  public List<Finding> check(TopicFacts t) {
    List<Finding> findings = new ArrayList<>();
    // S3: except in an emergency the mayor confirmed (除突发事件等紧急事项外), consulted and agreed;
    // dissent needs the mayor's agreement (a lift of S3)
    if (!t.consulted && !t.urgent) {
      findings.add(
          new Finding(
              Clause.S3,
              "议题未经协调和征求相关单位意见",
              "the topic was not consulted on with the units concerned"));
    }
    if (t.dissent && !t.urgent) {
      findings.add(
          new Finding(
              Clause.S3,
              "征求意见单位有分歧意见，须注明分歧并提出解决方案，经区长同意后方可提交",
              "a consulted unit disagrees; the mayor must agree to submit it"));
    }
    if (t.normativeDocument && !t.publicConsultationDone) {
      findings.add(
          new Finding(
              Clause.S4,
              "行政规范性文件提交前须履行社会公开程序：征求意见期已结束并记录处理结果",
              "a normative document needs its public consultation done before submission"));
    }
    if (t.partyCommitteeRemit && !t.partyPreReported) {
      findings.add(
          new Finding(
              Clause.S6,
              "符合区委常委会议事范围的议题，提交前须先向区委主要领导报告",
              "report to the party committee's principal leader first"));
    }
    return findings;
  }

  /** The sign-offs, by stage: steps of one stage may be signed in any order. */
  @Override
  public List<ReviewStep> chain(TopicFacts t) {
    List<ReviewStep> steps = new ArrayList<>();
    steps.add(new ReviewStep(1, Signer.LEAD_UNIT_HEAD, null, Clause.F4, "consultation attested"));
    if (t.fiscal) {
      steps.add(ReviewStep.byRole(2, Role.FINANCE_HEAD, Clause.F5, "Finance Bureau review"));
    }
    // rule: F6 — a normative document, or a matter the Office or the supervisor sends for it
    if (t.normativeDocument || t.legalReviewAsked) {
      steps.add(ReviewStep.byRole(2, Role.JUSTICE_HEAD, Clause.F6, "legality review"));
    }
    // EXAMPLE — not in the Qianjin rules: a sign-off of the district's own, here the Audit Bureau's
    // for asset and land matters. Delete these lines if your district has none.
    if (t.category == Category.ASSETS_AND_LAND) {
      steps.add(ReviewStep.byRole(2, Role.AUDIT_HEAD, Clause.T8, "audit of the asset matter"));
    }
    if (t.fiscal) {
      steps.add(ReviewStep.byRole(3, Role.EXECUTIVE_VICE_MAYOR, Clause.F5, "EVM review"));
    }
    steps.add(new ReviewStep(4, Signer.SUPERVISOR, null, Clause.F7, "supervisor signs"));
    steps.add(ReviewStep.byRole(5, Role.OFFICE_DIRECTOR, Clause.F8, "Office: complete"));
    return steps;
  }

  // rule: C1 — write your regulation's quorum; for 半数以上 (以上 includes the number) at least half
  @Override
  public boolean quorate(int presentMembers, int allMembers) {
    return presentMembers * 2 >= allMembers;
  }

  // rule: M2 — materials reach the leaders 1-2 days before
  @Override
  public int materialsLeadDays() {
    return 2;
  }

  /** The 原则上 rules the mayor may lift, recorded: Qianjin's five. */
  @Override
  public Set<Clause> overridable() {
    return EnumSet.of(Clause.C3, Clause.S1, Clause.S3, Clause.S7, Clause.S8);
  }
}

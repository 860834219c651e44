package org.govmeeting.policy.qianjin.internal;

import static org.govmeeting.api.policy.ReviewStep.byRole;

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
import org.osgi.service.component.annotations.Component;

/** Qianjin district's executive meeting rules (《前进区人民政府常务会议制度》, 2021) as written. */
@Component(
    service = Policy.class,
    property = {
      Policy.DISTRICT + "=" + QianjinPolicy.DISTRICT,
      Policy.VERSION + "=" + QianjinPolicy.VERSION
    })
public class QianjinPolicy implements Policy {
  static final String DISTRICT = "qianjin";
  static final String VERSION = "2021.3";

  private static final Set<Clause> OVERRIDABLE =
      EnumSet.of(Clause.C3, Clause.S1, Clause.S3, Clause.S7, Clause.S8);

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
    List<Finding> findings = new ArrayList<>();
    // S3: "except in emergencies" (除突发事件等紧急事项外, an emergency the mayor confirmed) a topic
    // must have been consulted on and agreed; otherwise dissent needs the mayor's agreement.
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
    // S4: 履行社会公开程序 before submission: the consultation has ended, its outcome recorded
    if (t.normativeDocument && !t.publicConsultationDone) {
      findings.add(
          new Finding(
              Clause.S4,
              "行政规范性文件提交前须履行社会公开程序：征求意见期已结束并记录处理结果",
              "a normative document needs its public consultation done before submission: the"
                  + " period ended and the outcome recorded"));
    }
    if (t.partyCommitteeRemit && !t.partyPreReported) {
      findings.add(
          new Finding(
              Clause.S6,
              "符合区委常委会议事范围的议题，提交前须先向区委主要领导报告",
              "a topic in the party committee's remit must first be reported to its principal"
                  + " leader"));
    }
    return findings;
  }

  @Override
  public List<ReviewStep> chain(TopicFacts t) {
    List<ReviewStep> steps = new ArrayList<>();
    steps.add(
        new ReviewStep(
            1,
            Signer.LEAD_UNIT_HEAD,
            null,
            Clause.F4,
            "牵头部门主要负责人：已充分征求相关单位意见",
            "Lead unit head: the units concerned were consulted"));
    if (t.fiscal) {
      steps.add(byRole(2, Role.FINANCE_HEAD, Clause.F5, "区财政局审核", "Finance Bureau review"));
    }
    // rule: F6 — a normative document, or a matter the Office or the supervisor sends for it
    if (t.normativeDocument || t.legalReviewAsked) {
      steps.add(
          byRole(2, Role.JUSTICE_HEAD, Clause.F6, "区司法局合法性审核", "Justice Bureau legality review"));
    }
    if (t.fiscal) {
      steps.add(
          byRole(
              3, Role.EXECUTIVE_VICE_MAYOR, Clause.F5, "常务副区长审核", "Executive vice-mayor review"));
    }
    steps.add(
        new ReviewStep(
            4,
            Signer.SUPERVISOR,
            null,
            Clause.F7,
            "分管副区长审阅签字",
            "Supervising vice-mayor reads and signs"));
    steps.add(
        byRole(
            5,
            Role.OFFICE_DIRECTOR,
            Clause.F8,
            "区政府办公室：程序完备、条件具备、材料规范",
            "Government Office: procedure complete, conditions met, materials in order"));
    return steps;
  }

  // rule: C1 — 半数以上: at least half of the members; in Chinese legal drafting 以上 includes the
  // number itself, so 3 of 6 is a quorum
  @Override
  public boolean quorate(int presentMembers, int allMembers) {
    return presentMembers * 2 >= allMembers;
  }

  // rule: M2 — materials reach the leaders 1-2 days before
  @Override
  public int materialsLeadDays() {
    return 2;
  }

  @Override
  public Set<Clause> overridable() {
    return OVERRIDABLE;
  }
}

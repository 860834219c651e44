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
 * Your district's rules. Start from what your regulation says: which sign-offs a topic needs and
 * in which order (stages), what blocks a submission, the quorum, the materials lead time, and
 * which "in principle" (原则上) rules your mayor may lift. The platform records on every chain the
 * district and version below, so raise the version whenever the rules change.
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

  /** What must be true before a topic's chain may start. */
  @Override
  public List<Finding> check(TopicFacts t) {
    List<Finding> findings = new ArrayList<>();
    if (!t.consulted || t.dissent) {
      findings.add(new Finding(Clause.S3, "consult the units concerned and settle dissent first"));
    }
    if (t.normativeDocument && !t.publicConsultationDone) {
      findings.add(new Finding(Clause.S4, "record the public consultation first"));
    }
    if (t.partyCommitteeRemit && !t.partyPreReported) {
      findings.add(new Finding(Clause.S6, "report to the party committee's principal leader first"));
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

  @Override
  public int materialsLeadDays() {
    return 2;
  }

  @Override
  public Set<Clause> overridable() {
    return EnumSet.of(Clause.C3, Clause.S7, Clause.S8);
  }
}

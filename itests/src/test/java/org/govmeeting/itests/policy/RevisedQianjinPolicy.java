package org.govmeeting.itests.policy;

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

/**
 * A later version of Qianjin's rules, as the district might ship it: every topic also gets the
 * Justice Bureau's legality review. The swap test installs it as a bundle of its own.
 */
public class RevisedQianjinPolicy implements Policy {
  public static final String VERSION = "2099.1";

  @Override
  public String district() {
    return "qianjin";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<Finding> check(TopicFacts topic) {
    return List.of();
  }

  @Override
  public List<ReviewStep> chain(TopicFacts t) {
    List<ReviewStep> steps = new ArrayList<>();
    steps.add(new ReviewStep(1, ReviewStep.Signer.LEAD_UNIT_HEAD, null, Clause.F4, "F4"));
    steps.add(ReviewStep.byRole(2, Role.JUSTICE_HEAD, Clause.F6, "legality review of every topic"));
    steps.add(new ReviewStep(3, ReviewStep.Signer.SUPERVISOR, null, Clause.F7, "F7"));
    steps.add(ReviewStep.byRole(4, Role.OFFICE_DIRECTOR, Clause.F8, "F8"));
    return steps;
  }

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
    return EnumSet.of(Clause.S3);
  }
}

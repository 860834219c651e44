package org.govmeeting.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.rule.Clause;

/**
 * Who may sign which row of the topic form (附1), and in which order the rows come: what a chain
 * must keep to whatever else a district changes. A department's clerk signs nothing; the lead
 * unit's head attests consultation first (F4) and the Government Office checks last (F8).
 */
final class StepSigners {
  private StepSigners() {}

  /** The roles that may sign a form row given to a role; other rows take named signers. */
  private static Set<Role> roles(Clause c) {
    return switch (c) {
      case F4 -> EnumSet.of(Role.DEPARTMENT_HEAD);
      case F5 -> EnumSet.of(Role.FINANCE_HEAD, Role.EXECUTIVE_VICE_MAYOR);
      case F6 -> EnumSet.of(Role.JUSTICE_HEAD);
      case F7 -> EnumSet.of(Role.VICE_MAYOR, Role.EXECUTIVE_VICE_MAYOR);
      case F8 -> EnumSet.of(Role.OFFICE_DIRECTOR);
      default -> null;
    };
  }

  /** Why the step's signer cannot sign its row, or null if they can. */
  static String refusal(ReviewStep s) {
    if (s.clause == null || s.signer == null) {
      return null;
    }
    if (s.signer == ReviewStep.Signer.ROLE && s.role == Role.DEPARTMENT_STAFF) {
      return "a department's clerk (DEPARTMENT_STAFF) signs no review step (" + s.clause + ")";
    }
    if (s.clause == Clause.F4 && s.signer == ReviewStep.Signer.SUPERVISOR) {
      return "F4 is the lead unit head's signature, not the supervisor's";
    }
    if (s.clause == Clause.F7 && s.signer == ReviewStep.Signer.LEAD_UNIT_HEAD) {
      return "F7 is the supervising vice-mayor's signature, not the lead unit head's";
    }
    Set<Role> allowed = roles(s.clause);
    if (s.signer == ReviewStep.Signer.ROLE && s.role != null && allowed != null) {
      if (!allowed.contains(s.role)) {
        return s.clause
            + " cannot be signed by "
            + s.role
            + " (the form gives it to "
            + allowed
            + ")";
      }
    }
    return null;
  }

  /**
   * Stages below 1, the lead unit's attestation not first, the Office's check not last. A gap in
   * the numbers is no problem: a stage that applies to some topics only (Finance's, for fiscal
   * ones) keeps its number for all, and the chain opens the next stage it has.
   */
  static List<String> stageProblems(List<ReviewStep> steps) {
    List<String> out = new ArrayList<>();
    TreeSet<Integer> stages = new TreeSet<>();
    steps.forEach(s -> stages.add(s.stage));
    if (stages.isEmpty()) {
      return out;
    }
    if (stages.first() < 1) {
      out.add("stages start at 1, not " + stages.first());
    }
    for (ReviewStep s : steps) {
      if (s.clause == Clause.F4 && s.stage != stages.first()) {
        out.add("F4 (the lead unit head's attestation) comes first, not at stage " + s.stage);
      }
      if (s.clause == Clause.F8 && s.stage != stages.last()) {
        out.add("F8 (the Government Office's check) comes last, not at stage " + s.stage);
      }
    }
    return out;
  }
}

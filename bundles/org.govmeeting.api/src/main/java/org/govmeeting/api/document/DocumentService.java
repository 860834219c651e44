package org.govmeeting.api.document;

import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The documents a district office prints and files, as PDF/A-2b: the minutes (纪要, GB/T 9704-2012),
 * the agenda (会议议程), the topic form (附1 议题填报表) and the compliance report (合规审查报告). Each shows what
 * the JSON it is made from shows the same actor, and is refused as that JSON is refused (K3).
 */
@ProviderType
public interface DocumentService {
  /**
   * The minutes as the actor reads them ({@code MinutesService.read}).
   *
   * @throws org.govmeeting.api.error.AccessDeniedException outside the distribution scope (K3)
   */
  byte[] minutes(long minutesId, Actor actor);

  /**
   * The meeting's agenda ({@code MeetingPlanner.agenda}): time, place, chair, the law study, each
   * topic with its reporter, units and time limit.
   *
   * @throws org.govmeeting.api.error.AccessDeniedException for whoever may not read the agenda
   */
  byte[] agenda(long meetingId, Actor actor);

  /**
   * The topic form of the topic's current version, with every signature of its review chain.
   *
   * @throws org.govmeeting.api.error.NotFoundException for whoever may not see the topic
   */
  byte[] topicForm(long topicId, Actor actor);

  /**
   * A meeting's compliance report as {@code ComplianceService.report} made it for its reader: the
   * report already holds only what that reader may see (K3), and is printed as it stands.
   */
  byte[] compliance(org.govmeeting.api.compliance.ComplianceReport report);

  /**
   * Where two policies disagree ({@code PolicyDryRun.diff}), printed for a district's legal office
   * in the house style of the compliance report, as PDF/A-2b: the thresholds, the standard
   * scenarios and the district's topics they treat differently, by clause and by step.
   *
   * @since 1.2
   */
  byte[] policyDiff(org.govmeeting.api.policy.PolicyDiff diff);
}

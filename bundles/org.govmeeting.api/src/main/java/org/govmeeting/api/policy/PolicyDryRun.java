package org.govmeeting.api.policy;

import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a policy that is installed, active or not, over past topics of the district, and says what
 * it would have done differently; nothing is written. A district tries a new version of its rules
 * so before it selects it.
 */
@ProviderType
public interface PolicyDryRun {
  /**
   * The topics of a meeting (or, with {@code meetingId} null, the topics named), each as {@link
   * DryRunTopic}; the Government Office and the mayor only.
   *
   * @throws org.govmeeting.api.error.NotFoundException if no policy of that district and version is
   *     installed
   */
  List<DryRunTopic> dryRun(
      String district, String version, Long meetingId, List<Long> topicIds, Actor actor);

  /**
   * The topics submitted in a period (the district's days {@code from} to {@code to}, both
   * included), newest last, each as {@link DryRunTopic}; the Government Office and the mayor only.
   */
  List<DryRunTopic> dryRun(
      String district,
      String version,
      java.time.LocalDate from,
      java.time.LocalDate to,
      Actor actor);

  /**
   * The policy tried on one meeting: its quorum as it sat, the materials' lead time and who would
   * then have been late, and its topics; the Government Office and the mayor only.
   *
   * @throws org.govmeeting.api.error.NotFoundException if the policy is not installed, or there is
   *     no such meeting
   * @since 1.6
   */
  DryRunMeeting dryRunMeeting(String district, String version, long meetingId, Actor actor);

  /**
   * Where two installed policies disagree: thresholds, the standard scenarios, and (with a meeting)
   * that meeting's topics; the Government Office and the mayor only.
   *
   * @throws org.govmeeting.api.error.NotFoundException if either is not installed
   */
  PolicyDiff diff(
      String aDistrict,
      String aVersion,
      String bDistrict,
      String bVersion,
      Long meetingId,
      Actor actor);
}

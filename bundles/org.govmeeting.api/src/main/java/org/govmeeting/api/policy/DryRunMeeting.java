package org.govmeeting.api.policy;

import java.time.Instant;
import java.util.List;

/**
 * What a policy that is installed but not in force would have said of one meeting, beside what the
 * policy in force says: its quorum as it sat (C1), when its materials were to reach the attending
 * leaders and which of them would then have been late (M2), and its topics, each as {@link
 * DryRunTopic}. Nothing is written.
 *
 * @since 1.6
 */
public class DryRunMeeting {
  public long meetingId;

  /** The policy in force for the meeting's district, {@code district version}. */
  public String actualPolicy;

  /** The policy tried, {@code district version}. */
  public String policy;

  public int members;
  public int membersPresent;

  /**
   * Whether the members present make a quorum under the policy in force, and under the one tried.
   */
  public boolean quorate;

  public boolean quorateUnderPolicy;

  /** Days before the meeting its materials are to reach the leaders, in force and tried (M2). */
  public int leadDays;

  public int leadDaysUnderPolicy;

  /** When the materials were to reach the leaders, in force and tried. */
  public Instant materialsAim;

  public Instant materialsAimUnderPolicy;

  /** The leaders whose materials reached them after the aim, in force and tried. */
  public List<String> lateReceipts = List.of();

  public List<String> lateReceiptsUnderPolicy = List.of();

  /** What would have been otherwise, each in Chinese, then in English. */
  public List<String> changes = List.of();

  public List<String> changesEnglish = List.of();

  public List<DryRunTopic> topics = List.of();

  /** Whether anything of the meeting or of its topics differs. */
  public boolean changed;
}

package org.govmeeting.api.policy;

import java.util.List;
import org.govmeeting.api.rule.Clause;

/**
 * Where two installed policies disagree, as a district's legal office reads it: the thresholds (the
 * quorum at each count of members, the materials lead time, the liftable clauses), then each
 * standard scenario and each of the district's real topics they treat differently. Steps read
 * {@code stage:SIGNER/clause}, as in {@link DryRunTopic}.
 */
public class PolicyDiff {
  /** {@code district version} of each. */
  public String a;

  public String b;

  /** One line per threshold that differs, e.g. "quorum (C1) at 3 of 6: A yes, B no". */
  public List<String> thresholds = List.of();

  /**
   * The same lines in Chinese, in the same order, e.g. "法定人数（C1）6名组成人员中3名出席：甲可以开会，乙不可以".
   *
   * @since 1.5
   */
  public List<String> thresholdsZh = List.of();

  /** The standard scenarios ({@link StandardScenarios}) they treat differently. */
  public List<Case> scenarios = List.of();

  /** The real topics asked about (a meeting's) they treat differently. */
  public List<Case> topics = List.of();

  /** One scenario or topic: what only one of the two would block or ask for. */
  public static class Case {
    public String scenario;
    public Long topicId;
    public List<Clause> blockedOnlyByA = List.of();
    public List<Clause> blockedOnlyByB = List.of();
    public List<String> stepsOnlyInA = List.of();
    public List<String> stepsOnlyInB = List.of();
  }
}

package org.govmeeting.compliance.internal;

import java.util.List;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.rule.Clause;

/**
 * What one module answered for a report, or why it could not: failed (it threw), or absent (not
 * running, known from an earlier answer or from the expected modules).
 */
final class SourceAnswer {
  final String module;
  final Set<Clause> meetingClauses;
  final Set<Clause> topicClauses;
  final List<ClauseCheck> checks;

  /** Why there is no answer; null when there is one. */
  final String failure;

  final String failureEnglish;

  private SourceAnswer(
      String module,
      Set<Clause> meetingClauses,
      Set<Clause> topicClauses,
      List<ClauseCheck> checks,
      String failure,
      String failureEnglish) {
    this.module = module;
    this.meetingClauses = meetingClauses;
    this.topicClauses = topicClauses;
    this.checks = checks;
    this.failure = failure;
    this.failureEnglish = failureEnglish;
  }

  static SourceAnswer answered(
      String module, Set<Clause> meeting, Set<Clause> topic, List<ClauseCheck> checks) {
    return new SourceAnswer(module, meeting, topic, List.copyOf(checks), null, null);
  }

  static SourceAnswer failed(String module, Set<Clause> meeting, Set<Clause> topic, String why) {
    return new SourceAnswer(
        module, meeting, topic, List.of(), "该模块核查时出错：" + why, "the module failed: " + why);
  }

  static SourceAnswer absent(String module, Set<Clause> meeting, Set<Clause> topic) {
    return new SourceAnswer(
        module, meeting, topic, List.of(), "该模块未运行，未能核查", "the module is not running");
  }

  boolean answered() {
    return failure == null;
  }
}

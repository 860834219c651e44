package org.govmeeting.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.supervision.Task;

/**
 * The verdict on carrying out a topic's decision (I1), as a function of the decision and the tasks
 * taken up from it, so it can be read against its clause and tested without a database.
 */
final class SupervisionVerdicts {
  private SupervisionVerdicts() {}

  // rule: I1 — decisions are carried out; the Office supervises and tracks them to the end
  static ClauseCheck carriedOut(
      ComplianceScope s, long topicId, Decision decision, List<Task> tasks, boolean restricted) {
    if (decision == null) {
      boolean over = s.phase == ComplianceReport.Phase.AFTER;
      return ClauseCheck.of(
              Clause.I1,
              over ? Verdict.NOT_APPLICABLE : Verdict.PENDING,
              over ? "会议未对该议题作出决定" : "尚未作出会议决定",
              over ? "the meeting took no decision on it" : "no decision yet")
          .topic(topicId);
    }
    int required = decision.requirements == null ? 0 : decision.requirements.size();
    if (required == 0) {
      return ClauseCheck.of(
              Clause.I1,
              Verdict.NOT_APPLICABLE,
              "会议决定未提出须督办的工作要求",
              "the decision sets no requirement to supervise")
          .topic(topicId);
    }
    List<Evidence> evidence = new ArrayList<>();
    List<String> overdue = new ArrayList<>();
    int closed = 0;
    for (Task t : tasks) {
      closed += t.state == Task.State.CLOSED ? 1 : 0;
      if (t.timeliness == Task.Timeliness.OVERDUE) {
        overdue.add(t.ownerUnitId);
      }
      Evidence e =
          Evidence.of(
                  Evidence.Kind.TASK,
                  t.what
                      + "（"
                      + t.ownerUnitId
                      + "，"
                      + t.due
                      + "前，"
                      + t.state
                      + "，进展报告"
                      + (t.progress == null ? 0 : t.progress.size())
                      + "次）",
                  t.what + " (" + t.ownerUnitId + ", due " + t.due + ", " + t.state + ")",
                  null,
                  t.createdAt,
                  "/api/tasks/" + t.id)
              .id(t.id);
      e.restricted = restricted;
      evidence.add(e);
    }
    ClauseCheck c;
    if (!overdue.isEmpty()) {
      c =
          ClauseCheck.of(
              Clause.I1,
              Verdict.NOT_MET,
              overdue.size() + "项督办事项逾期未完成：" + String.join("、", overdue),
              overdue.size() + " task(s) overdue: " + String.join(", ", overdue));
    } else if (tasks.size() < required) {
      c =
          ClauseCheck.of(
              Clause.I1,
              Verdict.PENDING,
              required + "项工作要求中已立项督办" + tasks.size() + "项",
              tasks.size() + " of " + required + " requirements taken up so far");
    } else if (closed == tasks.size()) {
      c =
          ClauseCheck.of(
              Clause.I1,
              Verdict.MET,
              "全部" + tasks.size() + "项督办事项已办结并经区政府办公室验收",
              "all " + tasks.size() + " tasks done and accepted by the Office");
    } else {
      c =
          ClauseCheck.of(
              Clause.I1,
              Verdict.PENDING,
              "督办事项" + tasks.size() + "项，已办结" + closed + "项，其余在办且未逾期",
              tasks.size() + " tasks, " + closed + " done, the rest under way and not overdue");
    }
    return c.topic(topicId).with(evidence);
  }
}

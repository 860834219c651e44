package org.govmeeting.supervision.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.supervision.Task;
import org.junit.Test;

/** Supervision's verdict for the compliance report (I1). */
public class SupervisionVerdictsTest {
  static ComplianceScope scope(ComplianceReport.Phase phase) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.phase = phase;
    s.asOf = Instant.parse("2026-12-10T01:00:00Z");
    s.listed = List.of(5L);
    s.topicIds = List.of(5L);
    return s;
  }

  static Task task(Task.State state, Task.Timeliness when) {
    Task t = new Task();
    t.id = 9;
    t.topicId = 5;
    t.what = "抓好落实";
    t.ownerUnitId = "EDUCATION";
    t.due = LocalDate.of(2027, 1, 1);
    t.state = state;
    t.timeliness = when;
    return t;
  }

  static Decision decision(int requirements) {
    Decision d = new Decision();
    d.outcome = Decision.Outcome.APPROVED;
    d.requirements = java.util.Collections.nCopies(requirements, new Requirement());
    return d;
  }

  // rule: I1 — carried out, supervised to the end
  @Test
  public void i1TasksOverdueAreNotMetOpenOnesStillToDoClosedOnesMet() {
    ComplianceScope after = scope(ComplianceReport.Phase.AFTER);
    assertEquals(
        Verdict.NOT_APPLICABLE,
        SupervisionVerdicts.carriedOut(after, 5, null, List.of(), false).verdict);
    assertEquals(
        Verdict.PENDING,
        SupervisionVerdicts.carriedOut(
                scope(ComplianceReport.Phase.BEFORE), 5, null, List.of(), false)
            .verdict);
    assertEquals(
        Verdict.NOT_APPLICABLE,
        SupervisionVerdicts.carriedOut(after, 5, decision(0), List.of(), false).verdict);
    assertEquals(
        Verdict.PENDING,
        SupervisionVerdicts.carriedOut(
                after,
                5,
                decision(1),
                List.of(task(Task.State.OPEN, Task.Timeliness.ON_TIME)),
                false)
            .verdict);
    var overdue =
        SupervisionVerdicts.carriedOut(
            after, 5, decision(1), List.of(task(Task.State.OPEN, Task.Timeliness.OVERDUE)), true);
    assertEquals(Verdict.NOT_MET, overdue.verdict);
    assertTrue(overdue.evidence.get(0).restricted);
    assertEquals("/api/tasks/9", overdue.evidence.get(0).link);
    assertEquals(
        Verdict.MET,
        SupervisionVerdicts.carriedOut(
                after,
                5,
                decision(1),
                List.of(task(Task.State.CLOSED, Task.Timeliness.DONE)),
                false)
            .verdict);
    assertEquals(
        Verdict.PENDING,
        SupervisionVerdicts.carriedOut(
                after,
                5,
                decision(2),
                List.of(task(Task.State.CLOSED, Task.Timeliness.DONE)),
                false)
            .verdict);
  }
}

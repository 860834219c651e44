package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesStep;
import org.govmeeting.api.minutes.Position;
import org.junit.Test;

/** The verdicts on the meeting's record and its minutes for the compliance report. */
public class MinutesVerdictsTest {
  static final Instant OPENED = Instant.parse("2026-12-10T01:30:00Z");

  static ComplianceScope scope(ComplianceReport.Phase phase) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.phase = phase;
    s.asOf = OPENED.plus(Duration.ofHours(3));
    s.listed = List.of(5L);
    s.topicIds = List.of(5L);
    return s;
  }

  static Deliberation record(int minutes, boolean decided) {
    Deliberation d = new Deliberation();
    d.topicId = 5;
    d.reporterId = "luo.ping";
    d.reportStartedAt = OPENED;
    d.reportEndedAt = OPENED.plus(Duration.ofMinutes(minutes));
    d.timeLimitMinutes = 15;
    d.overrun = minutes > 15;
    Position p = new Position();
    p.personId = "wang.hong";
    p.kind = Position.Kind.NO_OBJECTION;
    p.recordedAt = OPENED.plus(Duration.ofMinutes(20));
    Position q = new Position();
    q.personId = "zhao.min";
    q.kind = Position.Kind.OPINION;
    q.opinion = "建议加强监管";
    d.positions = List.of(p, q);
    d.awaiting = decided ? List.of() : List.of("zhou.fang");
    if (decided) {
      d.decision = new Decision();
      d.decision.outcome = Decision.Outcome.APPROVED;
      d.decision.decidedBy = "li.jianguo";
      d.decision.decidedAt = OPENED.plus(Duration.ofMinutes(30));
      d.decision.requirements = List.of();
    }
    d.revisedBy = List.of();
    return d;
  }

  @Test
  public void d1WithinTheTimeLimitOrNot() {
    ComplianceScope s = scope(ComplianceReport.Phase.AFTER);
    ClauseCheck ok =
        MinutesVerdicts.report(s, new MinutesVerdicts.Item(5, true, false, record(10, true)));
    assertEquals(Verdict.MET, ok.verdict);
    assertEquals("luo.ping", ok.evidence.get(0).personId);
    ClauseCheck over =
        MinutesVerdicts.report(s, new MinutesVerdicts.Item(5, true, false, record(40, true)));
    assertEquals(Verdict.NOT_MET, over.verdict);
    assertTrue(over.evidence.get(0).what.contains("40分钟"));
    assertEquals(
        Verdict.NOT_APPLICABLE,
        MinutesVerdicts.report(s, new MinutesVerdicts.Item(5, false, false, null)).verdict);
    assertEquals(
        Verdict.NOT_MET,
        MinutesVerdicts.report(s, new MinutesVerdicts.Item(5, true, false, null)).verdict);
  }

  // rule: D2 — silence is not a position; K3 — what was said stays with those there
  @Test
  public void d2EveryonePresentStatedAndThePositionsAreRestrictedWhileUndecided() {
    ComplianceScope during = scope(ComplianceReport.Phase.IN_SESSION);
    ClauseCheck silent =
        MinutesVerdicts.positions(
            during, new MinutesVerdicts.Item(5, true, true, record(10, false)));
    assertEquals(Verdict.PENDING, silent.verdict);
    for (Evidence e : silent.evidence) {
      assertTrue(e.restricted);
      assertFalse("the opinion itself is never in the report", e.what.contains("监管"));
    }
    assertEquals(
        Verdict.NOT_MET,
        MinutesVerdicts.positions(
                scope(ComplianceReport.Phase.AFTER),
                new MinutesVerdicts.Item(5, true, true, record(10, false)))
            .verdict);
    assertEquals(
        Verdict.MET,
        MinutesVerdicts.positions(
                during, new MinutesVerdicts.Item(5, true, false, record(10, true)))
            .verdict);
  }

  @Test
  public void d3TheDecisionDrawsOnThePositionsItsOutcomeOnlyInTheEvidence() {
    ClauseCheck d3 =
        MinutesVerdicts.decision(
            scope(ComplianceReport.Phase.AFTER),
            new MinutesVerdicts.Item(5, true, true, record(10, true)));
    assertEquals(Verdict.MET, d3.verdict);
    assertTrue(d3.reason, d3.reason.contains("1人无意见、1人发表意见"));
    assertFalse(d3.reason.contains("APPROVED"));
    assertTrue(d3.evidence.get(0).restricted);
    assertEquals("li.jianguo", d3.evidence.get(0).personId);
    Deliberation kept = record(10, true);
    kept.decision.noObjections = 3;
    kept.decision.opinions = 2;
    ClauseCheck drawn =
        MinutesVerdicts.decision(
            scope(ComplianceReport.Phase.AFTER), new MinutesVerdicts.Item(5, true, false, kept));
    assertTrue(drawn.reason, drawn.reason.contains("3人无意见、2人发表意见"));
    assertEquals(
        Verdict.PENDING,
        MinutesVerdicts.decision(
                scope(ComplianceReport.Phase.IN_SESSION),
                new MinutesVerdicts.Item(5, true, true, record(10, false)))
            .verdict);
  }

  @Test
  public void i2RevisionsAskedAreStillToBeFiled() {
    Deliberation d = record(10, true);
    d.decision.outcome = Decision.Outcome.APPROVED_WITH_REVISIONS;
    ComplianceScope after = scope(ComplianceReport.Phase.AFTER);
    assertEquals(
        Verdict.PENDING,
        MinutesVerdicts.unchanged(after, new MinutesVerdicts.Item(5, true, false, d)).verdict);
    d.revisedBy = List.of(11L);
    ClauseCheck filed =
        MinutesVerdicts.unchanged(after, new MinutesVerdicts.Item(5, true, false, d));
    assertEquals(Verdict.MET, filed.verdict);
    assertEquals("/api/topics/11", filed.evidence.get(0).link);
  }

  static MinutesStep step(String kind) {
    MinutesStep s = new MinutesStep();
    s.kind = kind;
    s.actorId = "li.jianguo";
    s.at = OPENED.plus(Duration.ofDays(1));
    return s;
  }

  // rule: M3 — opinions, legality check, signed by the mayor, issued, archived
  @Test
  public void m3EachStepOfTheMinutesUntilTheyAreArchived() {
    ComplianceScope after = scope(ComplianceReport.Phase.AFTER);
    assertEquals(Verdict.PENDING, MinutesVerdicts.minutes(after, null, null).verdict);
    Minutes m = new Minutes();
    m.id = 3;
    m.documentNumber = "前政纪〔2026〕44号";
    m.steps = List.of(step("OPINION"), step("LEGAL_OK"), step("SIGNED"));
    ClauseCheck notIssued = MinutesVerdicts.minutes(after, m, null);
    assertEquals(Verdict.PENDING, notIssued.verdict);
    assertTrue(notIssued.reason, notIssued.reason.contains("印发、归档"));
    m.steps = List.of(step("OPINION"), step("LEGAL_OK"), step("SIGNED"), step("ISSUED"));
    Evidence archived =
        Evidence.of(
            Evidence.Kind.MINUTES, "归档", "archived", "chen.jing", OPENED, "/api/archives/7");
    ClauseCheck done = MinutesVerdicts.minutes(after, m, archived);
    assertEquals(Verdict.MET, done.verdict);
    assertEquals(6, done.evidence.size());
  }

  // rule: M3 — an archive after the Office's period is not met, whether made late or not at all
  @Test
  public void m3TheArchiveIsFlaggedAfterTheOfficesPeriod() {
    ComplianceScope after = scope(ComplianceReport.Phase.AFTER);
    Minutes m = new Minutes();
    m.id = 3;
    m.documentNumber = "前政纪〔2026〕44号";
    m.steps = List.of(step("OPINION"), step("LEGAL_OK"), step("SIGNED"), step("ISSUED"));
    java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
    java.time.Instant due = OPENED.plus(Duration.ofDays(31));
    Evidence archived =
        Evidence.of(
            Evidence.Kind.MINUTES, "归档", "archived", "chen.jing", OPENED, "/api/archives/7");
    MinutesVerdicts.Filing onTime =
        new MinutesVerdicts.Filing(due, due.minusSeconds(60), due.plusSeconds(3600), zone);
    assertEquals(Verdict.MET, MinutesVerdicts.minutes(after, m, archived, onTime).verdict);
    MinutesVerdicts.Filing waiting =
        new MinutesVerdicts.Filing(due, null, due.minusSeconds(1), zone);
    assertEquals(Verdict.PENDING, MinutesVerdicts.minutes(after, m, null, waiting).verdict);
    ClauseCheck overdue =
        MinutesVerdicts.minutes(
            after, m, null, new MinutesVerdicts.Filing(due, null, due.plusSeconds(1), zone));
    assertEquals(Verdict.NOT_MET, overdue.verdict);
    assertTrue(overdue.reason, overdue.reason.contains("至今未归档"));
    ClauseCheck late =
        MinutesVerdicts.minutes(
            after,
            m,
            archived,
            new MinutesVerdicts.Filing(
                due, due.plusSeconds(86_400), due.plusSeconds(90_000), zone));
    assertEquals(Verdict.NOT_MET, late.verdict);
    assertTrue(late.reason, late.reason.contains("归档逾期"));
  }
}

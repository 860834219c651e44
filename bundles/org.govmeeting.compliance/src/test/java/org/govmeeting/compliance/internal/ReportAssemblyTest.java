package org.govmeeting.compliance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.TopicCompliance;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.TopicSummary;
import org.junit.Test;

public class ReportAssemblyTest {
  static ComplianceScope scope(List<Long> topics) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.meeting.number = 44;
    s.meeting.status = Meeting.Status.PLANNED;
    s.phase = ComplianceReport.Phase.BEFORE;
    s.asOf = Instant.parse("2026-12-01T01:00:00Z");
    s.topicIds = topics;
    s.listed = topics.isEmpty() ? List.of() : List.of(topics.get(0));
    return s;
  }

  private static ComplianceReport assemble(ComplianceScope s, SourceAnswer... answers) {
    return ReportAssembly.assemble(s, Map.of(), List.of(answers), "qianjin", "2021.3");
  }

  private static Set<String> clauses(ComplianceReport r) {
    Set<String> seen = new HashSet<>();
    r.meeting.forEach(c -> seen.add(c.clause));
    r.topics.forEach(t -> t.checks.forEach(c -> seen.add(c.clause)));
    return seen;
  }

  private static ClauseCheck find(List<ClauseCheck> checks, String clause) {
    for (ClauseCheck c : checks) {
      if (c.clause.equals(clause)) {
        return c;
      }
    }
    return null;
  }

  @Test
  public void everyClauseOfTheRegulationIsInTheReportEvenWithNoModuleRunning() {
    ComplianceReport r = assemble(scope(List.of()));
    for (Clause c : Clause.values()) {
      ClauseCheck check = find(r.meeting, c.name());
      assertNotNull(c.name(), check);
      assertEquals(Verdict.NOT_CHECKED, check.verdict);
      assertEquals(c.original(), check.text);
    }
    assertEquals(Clause.values().length, (int) r.counts.get(Verdict.NOT_CHECKED));
  }

  @Test
  public void aModuleDownLeavesItsClausesNotCheckedAndTheOthersJudged() {
    ClauseCheck quorum = ClauseCheck.of(Clause.C1, Verdict.MET, "达到法定人数", "quorate");
    SourceAnswer attendance =
        SourceAnswer.answered("attendance", EnumSet.of(Clause.C1), Set.of(), List.of(quorum));
    SourceAnswer review =
        SourceAnswer.absent("review", EnumSet.of(Clause.S1), EnumSet.of(Clause.F4));
    ComplianceReport r = assemble(scope(List.of(5L)), attendance, review);
    assertEquals(Verdict.MET, find(r.meeting, "C1").verdict);
    assertEquals("attendance", find(r.meeting, "C1").source);
    ClauseCheck s1 = find(r.meeting, "S1");
    assertEquals(Verdict.NOT_CHECKED, s1.verdict);
    assertEquals("review", s1.source);
    TopicCompliance t = r.topics.get(0);
    assertEquals(Verdict.NOT_CHECKED, find(t.checks, "F4").verdict);
    assertTrue(r.modules.stream().anyMatch(m -> m.module.equals("review") && !m.checked));
    assertTrue(r.modules.stream().anyMatch(m -> m.module.equals("attendance") && m.checked));
  }

  @Test
  public void aFailedModuleSaysWhyAndTheReportStands() {
    SourceAnswer failed =
        SourceAnswer.failed("minutes", EnumSet.of(Clause.M3), Set.of(), "IllegalStateException");
    ComplianceReport r = assemble(scope(List.of()), failed);
    ClauseCheck m3 = find(r.meeting, "M3");
    assertEquals(Verdict.NOT_CHECKED, m3.verdict);
    assertTrue(m3.reason, m3.reason.contains("IllegalStateException"));
  }

  @Test
  public void aTopicsClauseWithoutTopicsDoesNotApplyAndAMissingVerdictIsNotHidden() {
    SourceAnswer minutes =
        SourceAnswer.answered("minutes", Set.of(), EnumSet.of(Clause.D1, Clause.D2), List.of());
    ComplianceReport none = assemble(scope(List.of()), minutes);
    assertEquals(Verdict.NOT_APPLICABLE, find(none.meeting, "D1").verdict);
    ClauseCheck d1 =
        ClauseCheck.of(Clause.D1, Verdict.MET, "汇报在限定时间内", "within the limit").topic(5L);
    SourceAnswer partly =
        SourceAnswer.answered("minutes", Set.of(), EnumSet.of(Clause.D1, Clause.D2), List.of(d1));
    ComplianceReport r = assemble(scope(List.of(5L)), partly);
    TopicCompliance t = r.topics.get(0);
    assertEquals(Verdict.MET, find(t.checks, "D1").verdict);
    assertEquals(Verdict.NOT_CHECKED, find(t.checks, "D2").verdict);
    assertNull(find(r.meeting, "D1"));
  }

  @Test
  public void checksFollowTheRegulationsOrderTheDistrictsLastAndAreCounted() {
    ClauseCheck own = new ClauseCheck();
    own.clause = "DF-1";
    own.verdict = Verdict.NOT_APPLICABLE;
    own.topicId = 5L;
    List<ClauseCheck> checks = new ArrayList<>();
    checks.add(own);
    checks.add(ClauseCheck.of(Clause.F9, Verdict.MET, "否", "no").topic(5L));
    checks.add(ClauseCheck.of(Clause.T3, Verdict.MET, "T3", "T3").topic(5L));
    SourceAnswer a =
        SourceAnswer.answered("intake", Set.of(), EnumSet.of(Clause.T3, Clause.F9), checks);
    ComplianceReport r = assemble(scope(List.of(5L, 6L)), a);
    List<ClauseCheck> t = r.topics.get(0).checks;
    assertEquals("T3", t.get(0).clause);
    assertEquals("F9", t.get(1).clause);
    assertEquals("DF-1", t.get(2).clause);
    assertTrue("an unknown ID is the district's own", t.get(2).district);
    assertEquals(Verdict.NOT_CHECKED, find(r.topics.get(1).checks, "T3").verdict);
    assertTrue(r.topics.get(0).listed);
    int total = r.meeting.size() + r.topics.get(0).checks.size() + r.topics.get(1).checks.size();
    int counted = r.counts.values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(total, counted);
  }

  @Test
  public void theApprovedListComesFirstThenEveryOtherTopicOnce() {
    assertEquals(
        List.of(9L, 3L, 4L, 8L),
        ReportAssembly.union(List.of(9L, 3L), List.of(List.of(8L, 3L), List.of(4L, 8L))));
  }

  // rule: K3 — what was said on a restricted item is withheld from a reader who was not there
  @Test
  public void restrictedEvidenceIsWithheldButStillShowsWhoAndWhen() {
    Evidence said =
        Evidence.of(
            Evidence.Kind.DECISION, "决定：通过", "decision: approved", "li.jianguo", null, "/x");
    said.restricted = true;
    Evidence open = Evidence.of(Evidence.Kind.SIGN_IN, "签到", "signed in", "li.jianguo", null, "/y");
    ClauseCheck c =
        ClauseCheck.of(Clause.D3, Verdict.MET, "已作出决定", "decided").topic(5L).with(said).with(open);
    SourceAnswer a = SourceAnswer.answered("minutes", Set.of(), EnumSet.of(Clause.D3), List.of(c));
    ComplianceReport r = ReaderView.withhold(assemble(scope(List.of(5L)), a));
    ClauseCheck d3 = find(r.topics.get(0).checks, "D3");
    assertEquals(ReaderView.WITHHELD, d3.evidence.get(0).what);
    assertEquals("li.jianguo", d3.evidence.get(0).personId);
    assertEquals("签到", d3.evidence.get(1).what);
  }

  @Test
  public void headlinesNameTheTopics() {
    TopicSummary s = new TopicSummary();
    s.id = 5;
    s.name = "关于校园安全的议题";
    ComplianceReport r =
        ReportAssembly.assemble(scope(List.of(5L)), Map.of(5L, s), List.of(), null, null);
    assertEquals("关于校园安全的议题", r.topics.get(0).title);
  }
}

package org.govmeeting.supervision.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.junit.Test;

/** How the emergency decisions a meeting hears were taken (S2). */
public class EmergencyVerdictsTest {
  private static final Instant AT = Instant.parse("2026-11-20T14:00:00Z");

  private static EmergencyDecision countersigned(String... signed) {
    EmergencyDecision d = new EmergencyDecision();
    d.id = 3;
    d.what = "紧急调拨防汛物资";
    d.means = EmergencyDecision.Means.COUNTERSIGNATURE;
    d.decidedBy = "li.jianguo";
    d.decidedAt = AT;
    d.countersignedBy = List.of("wang.hong", "zhou.fang");
    d.heardBy = List.of();
    d.countersignatures =
        java.util.Arrays.stream(signed)
            .map(
                p -> {
                  EmergencyDecision.Countersignature c = new EmergencyDecision.Countersignature();
                  c.personId = p;
                  c.signedAt = AT.plusSeconds(600);
                  return c;
                })
            .toList();
    d.countersigned = signed.length == 2;
    return d;
  }

  // rule: S2 — each countersignature is a leader's own recorded act; one missing is not met
  @Test
  public void everyLeaderNamedCountersignsOrItIsNotMet() {
    ClauseCheck none =
        EmergencyVerdicts.howDecided(
            SupervisionVerdictsTest.scope(ComplianceReport.Phase.AFTER), List.of());
    assertEquals(Verdict.NOT_APPLICABLE, none.verdict);
    assertEquals("how it was decided", none.aspectEnglish);

    ClauseCheck all =
        EmergencyVerdicts.howDecided(
            SupervisionVerdictsTest.scope(ComplianceReport.Phase.AFTER),
            List.of(countersigned("wang.hong", "zhou.fang")));
    assertEquals(Verdict.MET, all.verdict);
    assertEquals(
        List.of("wang.hong", "zhou.fang"), all.evidence.stream().map(e -> e.personId).toList());
    assertEquals(Evidence.Kind.SIGNATURE, all.evidence.get(0).kind);
    assertEquals(Long.valueOf(3), all.evidence.get(0).recordId);

    EmergencyDecision half = countersigned("wang.hong");
    ClauseCheck before =
        EmergencyVerdicts.howDecided(
            SupervisionVerdictsTest.scope(ComplianceReport.Phase.BEFORE), List.of(half));
    assertEquals(Verdict.PENDING, before.verdict);
    assertTrue(before.reason, before.reason.contains("待会签：zhou.fang"));
    ClauseCheck after =
        EmergencyVerdicts.howDecided(
            SupervisionVerdictsTest.scope(ComplianceReport.Phase.AFTER), List.of(half));
    assertEquals(Verdict.NOT_MET, after.verdict);
  }

  // rule: S2 — an oral report names who heard it
  @Test
  public void anOralReportNamesWhoHeardIt() {
    EmergencyDecision d = countersigned();
    d.means = EmergencyDecision.Means.ORAL_REPORT;
    d.countersignedBy = List.of();
    d.heardBy = List.of("wang.hong", "zhao.min");
    ClauseCheck c =
        EmergencyVerdicts.howDecided(
            SupervisionVerdictsTest.scope(ComplianceReport.Phase.AFTER), List.of(d));
    assertEquals(Verdict.MET, c.verdict);
    assertEquals("口头汇报：紧急调拨防汛物资（听取人：wang.hong、zhao.min）", c.evidence.get(0).what);
    assertEquals("li.jianguo", c.evidence.get(0).personId);
    assertEquals(AT, c.evidence.get(0).at);
  }
}

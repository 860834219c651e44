package org.govmeeting.meeting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

public class PreparationRulesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  public void aTopicWaitsForItsSupervisorUnlessTheMayorLiftedS7() {
    // rule: S7
    Set<String> absent = Set.of("vm.b");
    assertTrue(PreparationRules.deferred(PlanningTest.topic(2, "vm.b"), absent));
    assertFalse(PreparationRules.deferred(PlanningTest.topic(3, "vm.b", Clause.S7), absent));
    assertFalse(PreparationRules.deferred(PlanningTest.topic(1, "vm.a"), absent));
  }

  @Test
  public void reportsTakeBetweenOneAndFourHours_D1() {
    // rule: D1
    assertFalse(PreparationRules.validTimeLimit(0));
    assertTrue(PreparationRules.validTimeLimit(1));
    assertTrue(PreparationRules.validTimeLimit(240));
    assertFalse(PreparationRules.validTimeLimit(241));
    assertEquals(15, PreparationRules.timeLimit(null, 15));
    assertEquals(15, PreparationRules.timeLimit(new AgendaItemRepository.Setting(0, true), 15));
    assertEquals(30, PreparationRules.timeLimit(new AgendaItemRepository.Setting(30, false), 15));
  }

  @Test
  public void materialsReachTheSecretariatADayBeforeTheLeaders_M1_M2() {
    // rule: M1, M2 — two days before is the aim, one day before is still on time
    MaterialsDeadlines d = MaterialsDeadlines.of(Instant.parse("2026-03-10T01:00:00Z"), 2);
    assertEquals(Instant.parse("2026-03-08T01:00:00Z"), d.aim());
    assertEquals(Instant.parse("2026-03-09T01:00:00Z"), d.distribution());
    assertEquals(Instant.parse("2026-03-07T01:00:00Z"), d.delivery());
    MaterialsDeadlines oneDay = MaterialsDeadlines.of(Instant.parse("2026-03-10T01:00:00Z"), 1);
    assertEquals(oneDay.aim(), oneDay.distribution());
  }

  @Test
  public void monthsCountInTheDistrictAndOnlySittingsHoldThem_C3() {
    // rule: C3
    Instant lateOn31st = Instant.parse("2026-03-31T17:00:00Z");
    assertEquals(YearMonth.of(2026, 4), PreparationRules.month(lateOn31st, SHANGHAI));
    assertEquals(YearMonth.of(2026, 3), PreparationRules.month(lateOn31st, ZoneId.of("UTC")));
    assertTrue(PreparationRules.held(Meeting.Status.CLOSED));
    assertFalse(PreparationRules.held(Meeting.Status.NOTIFIED));
    assertEquals(
        List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3)),
        PreparationRules.monthsWithoutMeeting(
            YearMonth.of(2026, 1), Set.of(YearMonth.of(2026, 2)), YearMonth.of(2026, 4)));
  }
}

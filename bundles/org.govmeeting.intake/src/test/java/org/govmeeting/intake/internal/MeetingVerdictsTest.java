package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.policy.DryRunMeeting;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

public class MeetingVerdictsTest {
  /** Half the members make a quorum, materials two days ahead; or two thirds and three days. */
  private static Policy policy(String district, boolean twoThirds, int leadDays) {
    return new Policy() {
      @Override
      public String district() {
        return district;
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public List<Finding> check(TopicFacts topic) {
        return List.of();
      }

      @Override
      public List<ReviewStep> chain(TopicFacts topic) {
        return List.of();
      }

      @Override
      public boolean quorate(int present, int all) {
        return twoThirds ? present * 3 >= all * 2 : present * 2 >= all;
      }

      @Override
      public int materialsLeadDays() {
        return leadDays;
      }

      @Override
      public Set<Clause> overridable() {
        return EnumSet.noneOf(Clause.class);
      }
    };
  }

  @Test
  public void aMeetingThatSatWithHalfItsMembersAndLateMaterialsUnderStricterRules_C1_M2() {
    // rule: C1 — 3 of 6 sit under 半数以上, not under two thirds
    // rule: M2 — materials due two days ahead, or three: the leader reached 2.5 days ahead is late
    Instant at = Instant.parse("2026-12-10T01:00:00Z");
    Attendance a = new Attendance();
    a.members = 6;
    a.membersPresent = 3;
    MaterialsStatus m = new MaterialsStatus();
    MaterialsStatus.Receipt early = new MaterialsStatus.Receipt();
    early.recipientId = "wang.hong";
    early.receivedAt = at.minusSeconds(4 * 86_400);
    MaterialsStatus.Receipt middle = new MaterialsStatus.Receipt();
    middle.recipientId = "zhao.min";
    middle.receivedAt = at.minusSeconds(60 * 60 * 60);
    m.receipts = List.of(early, middle);
    DryRunMeeting d =
        MeetingVerdicts.of(
            policy("qianjin", false, 2), policy("dongfeng", true, 3), 7, at, a, m, List.of());
    assertTrue(d.quorate);
    assertFalse(d.quorateUnderPolicy);
    assertEquals(List.of(), d.lateReceipts);
    assertEquals(List.of("zhao.min"), d.lateReceiptsUnderPolicy);
    assertEquals(at.minusSeconds(3 * 86_400), d.materialsAimUnderPolicy);
    assertEquals(2, d.changes.size());
    assertTrue(d.changes.get(0), d.changes.get(0).contains("出席3/6名组成人员"));
    assertTrue(
        d.changesEnglish.get(1), d.changesEnglish.get(1).contains("leaders reached late: 0 -> 1"));
    assertTrue(d.changed);
    DryRunMeeting same =
        MeetingVerdicts.of(
            policy("qianjin", false, 2), policy("qianjin", false, 2), 7, at, a, m, List.of());
    assertFalse(same.changed);
    assertEquals(List.of(), same.changes);
  }
}

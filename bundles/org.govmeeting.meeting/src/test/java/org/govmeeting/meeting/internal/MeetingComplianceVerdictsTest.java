package org.govmeeting.meeting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MonthGap;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.TopicSummary;
import org.junit.Test;

/** The meeting module's verdicts for the compliance report, clause by clause. */
public class MeetingComplianceVerdictsTest {
  static final Instant HELD = Instant.parse("2026-12-01T01:00:00Z");
  static final UnaryOperator<String> NAME = id -> "名" + id;

  static ComplianceScope scope(ComplianceReport.Phase phase, Instant asOf, Long... listed) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.meeting.number = 44;
    s.meeting.kind = Meeting.Kind.REGULAR;
    s.meeting.scheduledAt = HELD;
    s.meeting.cutoff = HELD.minus(Duration.ofDays(6));
    s.meeting.convenedBy = "li.jianguo";
    s.phase = phase;
    s.asOf = asOf;
    s.listed = List.of(listed);
    s.topicIds = List.of(listed);
    return s;
  }

  static ComplianceScope before() {
    return scope(ComplianceReport.Phase.BEFORE, HELD.minus(Duration.ofDays(3)), 5L);
  }

  static ComplianceScope after() {
    return scope(ComplianceReport.Phase.AFTER, HELD.plus(Duration.ofHours(3)), 5L);
  }

  @Test
  public void c1TheMayorConvenes() {
    assertEquals(Verdict.MET, MeetingVerdicts.convened(before().meeting, true).verdict);
    ClauseCheck other = MeetingVerdicts.convened(before().meeting, false);
    assertEquals(Verdict.NOT_MET, other.verdict);
    assertEquals("li.jianguo", other.evidence.get(0).personId);
  }

  @Test
  public void c3AMonthWithoutAMeetingIsLiftedOnlyByTheMayorsReason() {
    MonthGap excused = new MonthGap();
    excused.month = "2026-10";
    excused.excused = true;
    excused.reason = "防汛抢险";
    excused.recordedBy = "li.jianguo";
    excused.recordedAt = HELD.minus(Duration.ofDays(40));
    MonthGap silent = new MonthGap();
    silent.month = "2026-11";
    Meeting m = before().meeting;
    List<ClauseCheck> both = MeetingVerdicts.monthly(m, List.of(excused, silent));
    assertEquals(Verdict.LIFTED, both.get(0).verdict);
    assertEquals("li.jianguo", both.get(0).lift.grantedBy);
    assertEquals("防汛抢险", both.get(0).lift.reason);
    assertEquals("2026-10", both.get(0).lift.subject);
    assertEquals(Verdict.NOT_MET, both.get(1).verdict);
    assertTrue(both.get(1).reason.contains("2026-11"));
    assertEquals(Verdict.MET, MeetingVerdicts.monthly(m, List.of()).get(0).verdict);
  }

  @Test
  public void t1TheLawStudyIsMissingUntilSetAndDueAtTheMeeting() {
    ClauseCheck none = MeetingVerdicts.lawStudy(before(), null);
    assertEquals(Verdict.PENDING, none.verdict);
    assertEquals(HELD, none.due);
    assertEquals(Verdict.NOT_MET, MeetingVerdicts.lawStudy(after(), null).verdict);
    LawStudy study = new LawStudy();
    study.area = LawStudy.Area.CONSTITUTION;
    study.subject = "宪法";
    study.leaderId = "xu.li";
    ClauseCheck set = MeetingVerdicts.lawStudy(before(), study);
    assertEquals(Verdict.MET, set.verdict);
    assertEquals("xu.li", set.evidence.get(0).personId);
  }

  @Test
  public void s2EmergencyDecisionsAreReportedToTheNextMeeting() {
    assertEquals(
        Verdict.NOT_APPLICABLE,
        MeetingVerdicts.emergencies(before(), List.of(), List.of(), List.of()).verdict);
    MeetingVerdicts.Emergency e =
        new MeetingVerdicts.Emergency(3, "防汛", "li.jianguo", HELD.minus(Duration.ofDays(9)));
    assertEquals(
        Verdict.PENDING,
        MeetingVerdicts.emergencies(before(), List.of(e), List.of(), List.of()).verdict);
    MeetingVerdicts.Emergency heard =
        new MeetingVerdicts.Emergency(
            3, "防汛", "li.jianguo", HELD.minus(Duration.ofDays(9)), "wang.hong", HELD);
    ClauseCheck reported =
        MeetingVerdicts.emergencies(after(), List.of(), List.of(heard), List.of());
    assertEquals(Verdict.MET, reported.verdict);
    assertEquals(Long.valueOf(3), reported.evidence.get(0).recordId);
    assertEquals("wang.hong", reported.evidence.get(0).personId);
    assertEquals(HELD, reported.evidence.get(0).at);
    // rule: S2 — on the agenda but not heard: not reported
    ClauseCheck missed =
        MeetingVerdicts.emergencies(after(), List.of(), List.of(heard), List.of(e));
    assertEquals(Verdict.NOT_MET, missed.verdict);
    assertTrue(missed.reason, missed.reason.contains("未听取报告"));
  }

  private static TopicSummary topic() {
    TopicSummary t = new TopicSummary();
    t.id = 5;
    t.supervisorId = "sun.lei";
    t.overrides = List.of();
    return t;
  }

  // rule: S7 — the absent supervisor's topic moves on unless the mayor lifted it, recorded
  @Test
  public void s7MovedOnByDefaultLiftedByTheMayorWithWhoWhenWhy() {
    ClauseCheck present = MeetingVerdicts.supervisorAbsent(before(), topic(), Set.of(), NAME);
    assertEquals(Verdict.MET, present.verdict);
    ClauseCheck moved =
        MeetingVerdicts.supervisorAbsent(before(), topic(), Set.of("sun.lei"), NAME);
    assertEquals(Verdict.MET, moved.verdict);
    assertTrue(moved.reason, moved.reason.contains("顺延"));
    assertNull(moved.lift);
    TopicSummary kept = topic();
    RuleOverride o = new RuleOverride();
    o.clause = Clause.S7;
    o.grantedBy = "li.jianguo";
    o.grantedAt = HELD.minus(Duration.ofDays(4));
    o.reason = "常务副区长代为汇报";
    o.meetingId = 7L;
    kept.overrides = List.of(o);
    // rule: S7 — one granted for another meeting (or an earlier form) no longer holds
    assertEquals(
        Verdict.MET,
        MeetingVerdicts.supervisorAbsent(before(), kept, Set.of("sun.lei"), NAME).verdict);
    o.inForce = true;
    ClauseCheck lifted = MeetingVerdicts.supervisorAbsent(before(), kept, Set.of("sun.lei"), NAME);
    assertEquals(Verdict.LIFTED, lifted.verdict);
    assertEquals("li.jianguo", lifted.lift.grantedBy);
    assertEquals(o.grantedAt, lifted.lift.grantedAt);
    assertEquals("常务副区长代为汇报", lifted.lift.reason);
    assertEquals(Long.valueOf(7), lifted.lift.meetingId);
    ComplianceScope unlisted = scope(ComplianceReport.Phase.AFTER, HELD);
    assertEquals(
        Verdict.NOT_APPLICABLE,
        MeetingVerdicts.supervisorAbsent(unlisted, topic(), Set.of(), NAME).verdict);
  }

  private static Notice notice(String to, boolean acknowledged) {
    Notice n = new Notice();
    n.id = to.hashCode();
    n.recipientId = to;
    n.sentAt = HELD.minus(Duration.ofDays(5));
    n.acknowledgedAt = acknowledged ? HELD.minus(Duration.ofDays(4)) : null;
    return n;
  }

  @Test
  public void m1EveryParticipantIsNotified() {
    List<String> participants = List.of("li.jianguo", "wang.hong");
    assertEquals(
        Verdict.PENDING,
        MeetingServicesVerdicts.notices(before(), participants, List.of(), NAME).verdict);
    ClauseCheck one =
        MeetingServicesVerdicts.notices(
            after(), participants, List.of(notice("li.jianguo", true)), NAME);
    assertEquals(Verdict.NOT_MET, one.verdict);
    assertTrue(one.reason, one.reason.contains("名wang.hong"));
    ClauseCheck all =
        MeetingServicesVerdicts.notices(
            after(),
            participants,
            List.of(notice("li.jianguo", true), notice("wang.hong", false)),
            NAME);
    assertEquals(Verdict.MET, all.verdict);
    assertEquals(2, all.evidence.size());
  }

  @Test
  public void m1AndM2MaterialsOnTimeOrLate() {
    MaterialsStatus m = new MaterialsStatus();
    m.deliveryDeadline = HELD.minus(Duration.ofDays(3));
    m.distributionDeadline = HELD.minus(Duration.ofDays(2));
    m.deliveries = List.of();
    m.receipts = List.of();
    ComplianceScope late = scope(ComplianceReport.Phase.BEFORE, HELD.minus(Duration.ofDays(1)), 5L);
    assertEquals(Verdict.NOT_MET, MeetingServicesVerdicts.delivery(late, 5L, m).verdict);
    ComplianceScope early =
        scope(ComplianceReport.Phase.BEFORE, HELD.minus(Duration.ofDays(5)), 5L);
    assertEquals(Verdict.PENDING, MeetingServicesVerdicts.delivery(early, 5L, m).verdict);
    assertEquals(
        Verdict.NOT_MET,
        MeetingServicesVerdicts.distribution(late, m, List.of("li.jianguo"), NAME).verdict);
    MaterialsStatus.Receipt r = new MaterialsStatus.Receipt();
    r.recipientId = "li.jianguo";
    r.receivedAt = HELD.minus(Duration.ofDays(1));
    r.late = true;
    m.receipts = List.of(r);
    ClauseCheck m2 = MeetingServicesVerdicts.distribution(after(), m, List.of("li.jianguo"), NAME);
    assertEquals(Verdict.NOT_MET, m2.verdict);
    r.late = false;
    assertEquals(
        Verdict.MET,
        MeetingServicesVerdicts.distribution(after(), m, List.of("li.jianguo"), NAME).verdict);
    assertEquals(Verdict.PENDING, MeetingServicesVerdicts.materialsFormat(early, m).verdict);
  }

  @Test
  public void m4TheVenue() {
    ComplianceScope s = before();
    assertEquals(Verdict.PENDING, MeetingServicesVerdicts.venue(s).verdict);
    s.meeting.venue = "三楼常务会议室";
    assertEquals(Verdict.MET, MeetingServicesVerdicts.venue(s).verdict);
  }
}

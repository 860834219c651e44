package org.govmeeting.attendance.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RecordingRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.Meeting;
import org.junit.Test;

/** Attendance's verdicts for the compliance report, clause by clause. */
public class AttendanceVerdictsTest {
  static final Instant OPENED = Instant.parse("2026-12-01T01:30:00Z");
  static final UnaryOperator<String> NAME = id -> id;

  static ComplianceScope scope(ComplianceReport.Phase phase) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.meeting.scheduledAt = OPENED.minus(Duration.ofMinutes(30));
    s.meeting.openedAt = phase == ComplianceReport.Phase.BEFORE ? null : OPENED;
    s.phase = phase;
    s.asOf = OPENED.plus(Duration.ofHours(2));
    s.listed = List.of();
    s.topicIds = List.of();
    return s;
  }

  static RosterEntry entry(String id, RosterEntry.Kind kind, Instant in, Instant left) {
    RosterEntry e = new RosterEntry();
    e.personId = id;
    e.kind = kind;
    e.signedInAt = in;
    e.leftAt = left;
    e.state =
        left != null
            ? RosterEntry.State.LEFT
            : in != null ? RosterEntry.State.SIGNED_IN : RosterEntry.State.EXPECTED;
    return e;
  }

  static Attendance attendance(RosterEntry... entries) {
    Attendance a = new Attendance();
    a.roster = new ArrayList<>(List.of(entries));
    for (RosterEntry e : entries) {
      if (e.kind == RosterEntry.Kind.MEMBER) {
        a.members++;
        a.membersPresent += e.state == RosterEntry.State.SIGNED_IN ? 1 : 0;
      }
    }
    return a;
  }

  static final Instant EARLY = OPENED.minus(Duration.ofMinutes(10));

  // rule: C1 — at least half of the members at the opening, as the policy counts
  @Test
  public void c1QuorumIsJudgedAtTheOpeningOnTheMembersSignIns() {
    Attendance a =
        attendance(
            entry("li.jianguo", RosterEntry.Kind.MEMBER, EARLY, null),
            entry("wang.hong", RosterEntry.Kind.MEMBER, EARLY, OPENED.plus(Duration.ofMinutes(5))),
            entry("zhao.min", RosterEntry.Kind.MEMBER, OPENED.plus(Duration.ofMinutes(1)), null),
            entry("sun.lei", RosterEntry.Kind.MEMBER, null, null));
    ClauseCheck atOpening =
        AttendanceVerdicts.quorum(scope(ComplianceReport.Phase.AFTER), a, (p, all) -> p * 2 >= all);
    assertEquals(Verdict.MET, atOpening.verdict);
    assertTrue(atOpening.reason, atOpening.reason.startsWith("全体4名会议组成人员中出席2名"));
    assertEquals(3, atOpening.evidence.size());
    ClauseCheck twoThirds =
        AttendanceVerdicts.quorum(
            scope(ComplianceReport.Phase.AFTER), a, (p, all) -> p * 3 >= all * 2);
    assertEquals(Verdict.NOT_MET, twoThirds.verdict);
    ComplianceScope before = scope(ComplianceReport.Phase.BEFORE);
    before.asOf = before.meeting.scheduledAt.minus(Duration.ofDays(1));
    assertEquals(Verdict.PENDING, AttendanceVerdicts.quorum(before, a, (p, all) -> true).verdict);
    // a meeting past its time that never opened did not sit
    assertEquals(
        Verdict.NOT_MET,
        AttendanceVerdicts.quorum(scope(ComplianceReport.Phase.BEFORE), a, (p, all) -> true)
            .verdict);
  }

  @Test
  public void c2RegularAttendeesSignInOrAreExcused() {
    Attendance a =
        attendance(
            entry("gao.yan", RosterEntry.Kind.ATTENDEE, EARLY, null),
            entry("he.bin", RosterEntry.Kind.ATTENDEE, null, null));
    ClauseCheck missing =
        AttendanceVerdicts.regularAttendees(
            scope(ComplianceReport.Phase.AFTER), a, List.of(), NAME);
    assertEquals(Verdict.NOT_MET, missing.verdict);
    assertTrue(missing.reason.contains("he.bin"));
    a.roster.get(1).state = RosterEntry.State.ON_LEAVE;
    LeaveRequest r = leave("he.bin", LeaveRequest.Kind.ABSENCE, LeaveRequest.State.APPROVED);
    ClauseCheck excused =
        AttendanceVerdicts.regularAttendees(
            scope(ComplianceReport.Phase.AFTER), a, List.of(r), NAME);
    assertEquals(Verdict.MET, excused.verdict);
    assertEquals(2, excused.evidence.size());
  }

  static LeaveRequest leave(String who, LeaveRequest.Kind kind, LeaveRequest.State state) {
    LeaveRequest r = new LeaveRequest();
    r.id = who.length();
    r.personId = who;
    r.kind = kind;
    r.state = state;
    r.reason = "公务";
    r.requestedAt = EARLY.minus(Duration.ofDays(1));
    r.decidedBy = state == LeaveRequest.State.PENDING ? null : "li.jianguo";
    return r;
  }

  @Test
  public void k1LateOrAbsentWithoutLeaveIsNotMetAPendingRequestIsStillMissing() {
    RosterEntry late = entry("zhao.min", RosterEntry.Kind.MEMBER, OPENED, null);
    late.late = true;
    ClauseCheck k1 =
        AttendanceVerdicts.attendOnTime(
            scope(ComplianceReport.Phase.AFTER), attendance(late), List.of(), NAME);
    assertEquals(Verdict.NOT_MET, k1.verdict);
    assertTrue(k1.reason.contains("迟到"));
    ClauseCheck absent =
        AttendanceVerdicts.attendOnTime(
            scope(ComplianceReport.Phase.AFTER),
            attendance(entry("sun.lei", RosterEntry.Kind.MEMBER, null, null)),
            List.of(),
            NAME);
    assertEquals(Verdict.NOT_MET, absent.verdict);
    ComplianceScope before = scope(ComplianceReport.Phase.BEFORE);
    before.asOf = before.meeting.scheduledAt.minus(Duration.ofDays(1));
    ClauseCheck waiting =
        AttendanceVerdicts.attendOnTime(
            before,
            attendance(entry("sun.lei", RosterEntry.Kind.MEMBER, null, null)),
            List.of(leave("sun.lei", LeaveRequest.Kind.ABSENCE, LeaveRequest.State.PENDING)),
            NAME);
    assertEquals(Verdict.PENDING, waiting.verdict);
    assertEquals(1, waiting.evidence.size());
  }

  static DisciplineEntry discipline(String who, DisciplineEntry.Kind kind) {
    DisciplineEntry d = new DisciplineEntry();
    d.personId = who;
    d.kind = kind;
    d.recordedAt = OPENED.plus(Duration.ofMinutes(30));
    return d;
  }

  @Test
  public void k2LeavingMidwayWithoutLeaveIsNotMet() {
    Attendance a =
        attendance(
            entry("huang.tao", RosterEntry.Kind.ATTENDEE, EARLY, OPENED.plus(Duration.ofHours(1))));
    LeaveRequest early =
        leave("huang.tao", LeaveRequest.Kind.EARLY_DEPARTURE, LeaveRequest.State.APPROVED);
    ComplianceScope after = scope(ComplianceReport.Phase.AFTER);
    assertEquals(
        Verdict.MET,
        AttendanceVerdicts.noLeavingMidway(after, a, List.of(early), List.of(), NAME).verdict);
    ClauseCheck breach =
        AttendanceVerdicts.noLeavingMidway(
            after,
            a,
            List.of(),
            List.of(discipline("gao.yan", DisciplineEntry.Kind.LEFT_WITHOUT_LEAVE)),
            NAME);
    assertEquals(Verdict.NOT_MET, breach.verdict);
    assertEquals("gao.yan", breach.evidence.get(0).personId);
    assertEquals(
        Verdict.NOT_APPLICABLE,
        AttendanceVerdicts.noLeavingMidway(
                scope(ComplianceReport.Phase.BEFORE), a, List.of(), List.of(), NAME)
            .verdict);
  }

  @Test
  public void k3RecordingOnlyAsTheChairDecides() {
    RecordingRequest r = new RecordingRequest();
    r.id = 4;
    r.purpose = "存档";
    r.state = LeaveRequest.State.APPROVED;
    r.decidedBy = "li.jianguo";
    ComplianceScope after = scope(ComplianceReport.Phase.AFTER);
    ClauseCheck ok = AttendanceVerdicts.recording(after, List.of(r), List.of(), NAME);
    assertEquals(Verdict.MET, ok.verdict);
    assertEquals(Long.valueOf(4), ok.evidence.get(0).recordId);
    assertEquals(
        Verdict.NOT_MET,
        AttendanceVerdicts.recording(
                after,
                List.of(r),
                List.of(discipline("ma.qiang", DisciplineEntry.Kind.UNAUTHORISED_RECORDING)),
                NAME)
            .verdict);
  }

  @Test
  public void m4TheSignIn() {
    ComplianceScope before = scope(ComplianceReport.Phase.BEFORE);
    before.asOf = before.meeting.scheduledAt.minus(Duration.ofDays(1));
    assertEquals(
        Verdict.PENDING,
        AttendanceVerdicts.signInRun(
                before, attendance(entry("li.jianguo", RosterEntry.Kind.MEMBER, null, null)))
            .verdict);
    ClauseCheck done =
        AttendanceVerdicts.signInRun(
            scope(ComplianceReport.Phase.AFTER),
            attendance(entry("li.jianguo", RosterEntry.Kind.MEMBER, EARLY, null)));
    assertEquals(Verdict.MET, done.verdict);
    assertEquals("SIGN_IN", done.evidence.get(0).kind.name());
  }
}

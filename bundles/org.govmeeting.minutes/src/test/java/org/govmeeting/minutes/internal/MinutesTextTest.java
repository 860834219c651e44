package org.govmeeting.minutes.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.junit.Test;

/** The head of the minutes: when it was held, who attended, who sat in, who was excused. */
public class MinutesTextTest {
  private static final Map<String, String> NAMES =
      Map.of(
          "li.jianguo", "李建国",
          "wang.hong", "王红",
          "sun.lei", "孙磊",
          "zhou.fang", "周芳",
          "huang.tao", "黄涛",
          "gao.yan", "高岩",
          "he.bin", "何斌",
          "wei.dong", "魏东",
          "feng.jun", "冯军");

  /** The district's zone, as the directory's setting has it. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  private final MinutesText text =
      new MinutesText(
          only(
              Directory.class,
              Map.of(
                  "zone",
                  a -> zone,
                  "person",
                  a -> {
                    Person p = new Person();
                    p.id = (String) a[0];
                    p.name = NAMES.get(p.id);
                    return Optional.ofNullable(p.name == null ? null : p);
                  })),
          only(MeetingPlanner.class, Map.of("lawStudy", a -> null)));

  private static Meeting meeting(Instant scheduled, Instant opened) {
    Meeting m = new Meeting();
    m.id = 45;
    m.number = 45;
    m.scheduledAt = scheduled;
    m.openedAt = opened;
    m.venue = "区政府三楼常务会议室";
    m.convenedBy = "li.jianguo";
    return m;
  }

  private static RosterEntry entry(String id, RosterEntry.Kind kind, RosterEntry.State state) {
    RosterEntry e = new RosterEntry();
    e.personId = id;
    e.kind = kind;
    e.state = state;
    return e;
  }

  private static LeaveRequest approved(String who, String reason, String delegate) {
    LeaveRequest l = new LeaveRequest();
    l.kind = LeaveRequest.Kind.ABSENCE;
    l.state = LeaveRequest.State.APPROVED;
    l.personId = who;
    l.reason = reason;
    l.delegateId = delegate;
    return l;
  }

  /**
   * Two members present (one left early), one on leave, one expected who never came; two regular
   * attendees signed in, one on leave with a delegate who signed in, one who never came.
   */
  private static Attendance attendance() {
    Attendance a = new Attendance();
    a.roster = new ArrayList<>();
    a.roster.add(entry("li.jianguo", RosterEntry.Kind.MEMBER, RosterEntry.State.SIGNED_IN));
    a.roster.add(entry("wang.hong", RosterEntry.Kind.MEMBER, RosterEntry.State.LEFT));
    a.roster.add(entry("sun.lei", RosterEntry.Kind.MEMBER, RosterEntry.State.ON_LEAVE));
    a.roster.add(entry("zhou.fang", RosterEntry.Kind.MEMBER, RosterEntry.State.EXPECTED));
    a.roster.add(entry("huang.tao", RosterEntry.Kind.ATTENDEE, RosterEntry.State.SIGNED_IN));
    a.roster.add(entry("he.bin", RosterEntry.Kind.ATTENDEE, RosterEntry.State.ON_LEAVE));
    a.roster.add(entry("gao.yan", RosterEntry.Kind.ATTENDEE, RosterEntry.State.SIGNED_IN));
    a.roster.add(entry("feng.jun", RosterEntry.Kind.ATTENDEE, RosterEntry.State.EXPECTED));
    RosterEntry d = entry("wei.dong", RosterEntry.Kind.DELEGATE, RosterEntry.State.SIGNED_IN);
    d.delegateFor = "he.bin";
    a.roster.add(d);
    return a;
  }

  private static String line(String text, String label) {
    for (String l : text.split("\n")) {
      if (l.startsWith(label)) {
        return l;
      }
    }
    throw new AssertionError("no line " + label + " in\n" + text);
  }

  private String compose(Meeting m, List<LeaveRequest> leave) {
    return text.compose(m, attendance(), leave, List.of(), Set.of());
  }

  @Test
  public void theTimeLineIsTheDayTheMeetingWasHeldInQianjin_M3() {
    // rule: M3 — held (opened) on 1 December in Qianjin, 30 November in UTC; scheduled for 3rd
    Meeting m =
        meeting(Instant.parse("2026-12-03T01:00:00Z"), Instant.parse("2026-11-30T23:30:00Z"));
    assertEquals("时间：2026年12月1日", line(compose(m, List.of()), "时间："));
    assertEquals(LocalDate.of(2026, 12, 1), MinutesText.heldOn(m, zone));
  }

  @Test
  public void theTimeLineFollowsTheConfiguredZone_M3() {
    // rule: M3 — the same opening is 30 November in a district that keeps UTC
    Meeting m =
        meeting(Instant.parse("2026-12-03T01:00:00Z"), Instant.parse("2026-11-30T23:30:00Z"));
    zone = ZoneId.of("UTC");
    assertEquals("时间：2026年11月30日", line(compose(m, List.of()), "时间："));
  }

  @Test
  public void aMeetingOpenedBeforeTheOpeningWasRecordedKeepsItsScheduledDay_M3() {
    Meeting m = meeting(Instant.parse("2026-12-03T01:00:00Z"), null);
    assertEquals("时间：2026年12月3日", line(compose(m, List.of()), "时间："));
  }

  @Test
  public void membersPresentAttendAndEveryoneElseWhoSignedInSitsIn_C1_C2() {
    // rule: C1 — 出席: the members who signed in; C2 — 列席: the others who signed in
    String t = compose(meeting(Instant.now(), Instant.now()), List.of());
    assertEquals("出席：李建国、王红", line(t, "出席："));
    assertEquals("列席：黄涛、高岩、魏东（代何斌）", line(t, "列席："));
  }

  @Test
  public void everyoneOnApprovedLeaveIsListedWithTheReason_K1() {
    // rule: K1 — 请假: the members first, then the attendees, each with the approved request
    List<LeaveRequest> leave = new ArrayList<>();
    leave.add(approved("he.bin", "审计进点", "wei.dong"));
    leave.add(approved("sun.lei", "赴省里参加会议", null));
    LeaveRequest refused = approved("zhou.fang", "另有安排", null);
    refused.state = LeaveRequest.State.REFUSED;
    leave.add(refused);
    LeaveRequest early = approved("wang.hong", "急事", null);
    early.kind = LeaveRequest.Kind.EARLY_DEPARTURE;
    leave.add(early);
    String t = compose(meeting(Instant.now(), Instant.now()), leave);
    assertEquals("请假：孙磊（赴省里参加会议）、何斌（审计进点，委派魏东参加）", line(t, "请假："));
  }

  @Test
  public void theRosterDecidesWhoWasExcusedEvenWithoutTheRequestAtHand_K1() {
    // rule: K1 — nobody on approved leave is left off for want of their request's details
    String t = compose(meeting(Instant.now(), Instant.now()), List.of());
    assertEquals("请假：孙磊、何斌", line(t, "请假："));
    assertTrue(t, !line(t, "出席：").contains("周芳"));
  }
}

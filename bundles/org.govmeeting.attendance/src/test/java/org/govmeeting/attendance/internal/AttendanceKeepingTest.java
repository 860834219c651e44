package org.govmeeting.attendance.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AttendanceKeepingTest {
  static final Instant AT = Instant.parse("2026-03-10T01:00:00Z");

  static Person person(String id, String unit, Role... roles) {
    Person p = new Person();
    p.id = id;
    p.unitId = unit;
    p.roles = List.of(roles);
    p.member = p.roles.stream().anyMatch(Role::member);
    p.regularAttendee = p.roles.stream().anyMatch(Role::regularAttendee);
    return p;
  }

  static Person titled(Person p, String title) {
    p.title = title;
    return p;
  }

  static final List<Person> PEOPLE =
      List.of(
          person("mayor", "LEADERSHIP", Role.MAYOR),
          person("evm", "LEADERSHIP", Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR),
          person("vm1", "LEADERSHIP", Role.VICE_MAYOR),
          person("vm2", "LEADERSHIP", Role.VICE_MAYOR),
          person("vm3", "LEADERSHIP", Role.VICE_MAYOR),
          person("vm4", "LEADERSHIP", Role.VICE_MAYOR),
          person("audit", "AUDIT", Role.AUDIT_HEAD),
          titled(person("audit.deputy", "AUDIT", Role.DEPARTMENT_STAFF), "区审计局副局长"),
          titled(person("audit.clerk", "AUDIT", Role.DEPARTMENT_STAFF), "区审计局科员"),
          person("finance", "FINANCE", Role.FINANCE_HEAD),
          person("clerk", "OFFICE", Role.OFFICE_STAFF),
          person("secretary", "SECRETARIAT", Role.SECRETARIAT));

  static Actor actor(String id) {
    Person p = PEOPLE.stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow();
    return new Actor(p.id, p.id, EnumSet.copyOf(p.roles));
  }

  private LocalJpaTemplate jpa;
  private MovableClock clock;
  private Meeting meeting;
  private final List<Map<String, Object>> events = new ArrayList<>();
  private final List<Long> begun = new ArrayList<>();
  private AttendanceComponent attendance;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.attendance");
    clock = new MovableClock(AT.minus(Duration.ofDays(2)));
    meeting = new Meeting();
    meeting.id = 7;
    meeting.number = 44;
    meeting.status = Meeting.Status.NOTIFIED;
    meeting.scheduledAt = AT;
    meeting.cutoff = AT.minus(Duration.ofDays(3));
    MeetingService meetings = only(MeetingService.class, Map.of("get", a -> Optional.of(meeting)));
    MeetingPlanner planner =
        only(
            MeetingPlanner.class,
            Map.of(
                "invited", a -> List.of(),
                "begin",
                    a -> {
                      begun.add((Long) a[0]);
                      meeting.status = Meeting.Status.IN_SESSION;
                      return meeting;
                    }));
    Directory directory =
        only(
            Directory.class,
            Map.of(
                "members", a -> PEOPLE.stream().filter(p -> p.member).toList(),
                "regularAttendees",
                    a -> PEOPLE.stream().filter(p -> p.regularAttendee && !p.member).toList(),
                "person", a -> PEOPLE.stream().filter(p -> p.id.equals(a[0])).findFirst(),
                "unit",
                    a -> {
                      Unit u = new Unit();
                      u.id = (String) a[0];
                      u.headId = "AUDIT".equals(a[0]) ? "audit" : null;
                      return Optional.of(u);
                    }));
    Policy policy =
        only(
            Policy.class,
            // C1 as Qianjin reads it: at least half (半数以上 includes half)
            Map.of("quorate", a -> (Integer) a[0] * 2 >= (Integer) a[1], "district", a -> "test"));
    ActivePolicy active = only(ActivePolicy.class, Map.of("get", a -> policy));
    attendance =
        new AttendanceComponent(jpa, meetings, planner, directory, active, events::add, clock);
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private LeaveRequest ask(String who, LeaveRequest.Kind kind, boolean written, String delegate) {
    LeaveRequest r = new LeaveRequest();
    r.kind = kind;
    r.reason = "公务";
    r.written = written;
    r.delegateId = delegate;
    return attendance.request(7, r, actor(who));
  }

  private RosterEntry entry(String id) {
    return attendance.attendance(7).roster.stream()
        .filter(e -> e.personId.equals(id))
        .findFirst()
        .orElse(null);
  }

  @Test
  public void rosterHasMembersAndRegularAttendees_C1_C2() {
    // rule: C1, C2
    Attendance a = attendance.attendance(7);
    assertEquals(6, a.members);
    assertEquals(RosterEntry.Kind.ATTENDEE, entry("audit").kind);
    assertEquals(RosterEntry.Kind.MEMBER, entry("evm").kind);
    assertEquals(null, entry("clerk"));
  }

  @Test
  public void memberAsksTheMayorForLeave_K1() {
    // rule: K1
    LeaveRequest r = ask("vm1", LeaveRequest.Kind.ABSENCE, false, null);
    assertEquals("MAYOR", r.approverRole);
    try {
      attendance.decide(r.id, true, null, actor("evm"));
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K1, e.clause().orElseThrow());
      assertEquals("该申请应由区长审批", e.message(false));
      assertEquals("this request is for the MAYOR to decide", e.message(true));
    }
    LeaveRequest approved = attendance.decide(r.id, true, "同意", actor("mayor"));
    assertEquals(LeaveRequest.State.APPROVED, approved.state);
    assertEquals("mayor", approved.decidedBy);
    assertEquals(RosterEntry.State.ON_LEAVE, entry("vm1").state);
    assertEquals("vm1", events.get(0).get("personId"));
  }

  @Test
  public void theSecretariatReadsEveryApprovedLeaveForTheMinutes_K1_M3() {
    // rule: K1, M3 — the minutes it drafts list who was excused; others see their own requests
    LeaveRequest member = ask("vm1", LeaveRequest.Kind.ABSENCE, false, null);
    attendance.decide(member.id, true, null, actor("mayor"));
    LeaveRequest attendee = ask("audit", LeaveRequest.Kind.ABSENCE, true, "audit.deputy");
    attendance.decide(attendee.id, true, null, actor("mayor"));
    List<LeaveRequest> seen = attendance.requests(7, actor("secretary"));
    assertEquals(List.of("vm1", "audit"), seen.stream().map(r -> r.personId).toList());
    assertTrue(seen.stream().allMatch(r -> r.state == LeaveRequest.State.APPROVED));
    assertEquals(
        List.of("vm1"),
        attendance.requests(7, actor("vm1")).stream().map(r -> r.personId).toList());
  }

  @Test
  public void attendeeAppliesInWritingAndMaySendADelegateOfTheirUnit_K1() {
    // rule: K1
    try {
      ask("audit", LeaveRequest.Kind.ABSENCE, false, null);
      fail();
    } catch (ValidationException e) {
      assertEquals("written", e.field());
      assertEquals("列席人员请假须提交书面申请", e.message(false));
      assertEquals("an attendee applies for leave in writing", e.message(true));
    }
    try {
      ask("audit", LeaveRequest.Kind.ABSENCE, true, "finance");
      fail();
    } catch (ValidationException e) {
      assertEquals("delegateId", e.field());
    }
    try {
      // rule: K1 — 委派其他负责人: a head or deputy head of the unit, not its clerk
      ask("audit", LeaveRequest.Kind.ABSENCE, true, "audit.clerk");
      fail();
    } catch (ValidationException e) {
      assertEquals("delegateId", e.field());
      assertEquals(Clause.K1, e.clause().orElseThrow());
    }
    try {
      ask("vm2", LeaveRequest.Kind.ABSENCE, true, "audit.deputy");
      fail("a member sent a delegate");
    } catch (ValidationException e) {
      assertEquals(Clause.K1, e.clause().orElseThrow());
    }
    LeaveRequest r = ask("audit", LeaveRequest.Kind.ABSENCE, true, "audit.deputy");
    attendance.decide(r.id, true, null, actor("mayor"));
    RosterEntry delegate = entry("audit.deputy");
    assertEquals(RosterEntry.Kind.DELEGATE, delegate.kind);
    assertEquals("audit", delegate.delegateFor);
  }

  @Test
  public void earlyDepartureApprovers_K2() {
    // rule: K2 — members ask the mayor, other attendees the executive vice-mayor
    assertEquals("MAYOR", ask("vm3", LeaveRequest.Kind.EARLY_DEPARTURE, false, null).approverRole);
    LeaveRequest r = ask("finance", LeaveRequest.Kind.EARLY_DEPARTURE, false, null);
    assertEquals("EXECUTIVE_VICE_MAYOR", r.approverRole);
    try {
      attendance.decide(r.id, true, null, actor("mayor"));
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K2, e.clause().orElseThrow());
    }
    assertEquals(
        LeaveRequest.State.APPROVED, attendance.decide(r.id, true, null, actor("evm")).state);
  }

  @Test
  public void officeSignsInAndQuorumDecidesWhetherTheMeetingOpens_M4_C1() {
    // rule: M4, C1
    try {
      attendance.signIn(7, "vm1", actor("audit"));
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.M4, e.clause().orElseThrow());
      assertEquals("只有区政府办公室可以为他人办理签到", e.message(false));
    }
    for (String p : List.of("mayor", "evm")) {
      attendance.signIn(7, p, actor("clerk"));
    }
    try {
      attendance.open(7, actor("mayor"));
      fail("2 of 6 members is one below half");
    } catch (RuleViolationException e) {
      assertEquals(Clause.C1, e.clause().orElseThrow());
      assertTrue(e.getMessage(), e.getMessage().startsWith("2 of 6 members"));
      assertEquals("全体6名会议组成人员中已签到2名，未达到开会所需人数（按test审核规则）", e.message(false));
      assertTrue(begun.isEmpty());
    }
    attendance.signIn(7, null, actor("vm1"));
    Attendance a = attendance.attendance(7);
    assertEquals(3, a.membersPresent);
    assertEquals(6, a.members);
    assertTrue("3 of 6, exactly half, is a quorum", a.quorate);
    attendance.open(7, actor("mayor"));
    assertEquals(List.of(7L), begun);
  }

  @Test
  public void lateArrivalAndLeavingWithoutLeaveAreDisciplineEntries_K1_K2() {
    // rule: K1 (attend on time), K2 (no leaving midway without leave)
    attendance.signIn(7, "finance", actor("clerk"));
    attendance.signIn(7, "audit", actor("clerk"));
    LeaveRequest ok = ask("finance", LeaveRequest.Kind.EARLY_DEPARTURE, false, null);
    attendance.decide(ok.id, true, null, actor("evm"));
    clock.set(AT.plus(Duration.ofMinutes(20)));
    attendance.signIn(7, "vm4", actor("clerk"));
    attendance.leave(7, "finance", actor("clerk"));
    attendance.leave(7, "audit", actor("clerk"));
    List<DisciplineEntry> d = attendance.discipline(7);
    assertEquals(2, d.size());
    assertEquals(DisciplineEntry.Kind.LATE_ARRIVAL, d.get(0).kind);
    assertEquals("vm4", d.get(0).personId);
    assertEquals(DisciplineEntry.Kind.LEFT_WITHOUT_LEAVE, d.get(1).kind);
    assertEquals("audit", d.get(1).personId);
    assertTrue(entry("vm4").late);
  }

  @Test
  public void quorumIsRecomputedWhenAMemberLeaves_C1() {
    // rule: C1
    for (String p : List.of("mayor", "evm", "vm1", "vm2")) {
      attendance.signIn(7, p, actor("clerk"));
    }
    assertTrue(attendance.quorate(7));
    attendance.leave(7, "vm2", actor("clerk"));
    assertTrue("3 of 6 still sit", attendance.quorate(7));
    attendance.leave(7, "vm1", actor("clerk"));
    assertFalse("2 of 6 cannot", attendance.quorate(7));
  }

  @Test
  public void onlyTheChairAllowsRecording_K3() {
    // rule: K3
    long id = attendance.requestRecording(7, "存档", actor("clerk")).id;
    try {
      attendance.decideRecording(id, true, actor("evm"));
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K3, e.clause().orElseThrow());
    }
    assertEquals(
        LeaveRequest.State.APPROVED, attendance.decideRecording(id, true, actor("mayor")).state);
  }
}

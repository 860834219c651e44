package org.govmeeting.meeting.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.policy.ActivePolicy;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicSummary;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class PlanningTest {
  static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
  static final Actor MAYOR = new Actor("mayor", "mayor", Set.of(Role.MAYOR));
  static final Actor CLERK = new Actor("clerk", "clerk", Set.of(Role.OFFICE_STAFF));

  static TopicSummary topic(long id, String supervisor, Clause... lifted) {
    TopicSummary t = new TopicSummary();
    t.id = id;
    t.name = "议题" + id;
    t.leadUnitId = "EDUCATION";
    t.reporterId = "head" + id;
    t.supervisorId = supervisor;
    t.overridden = List.of(lifted);
    return t;
  }

  static org.govmeeting.api.directory.Person leader(String id) {
    org.govmeeting.api.directory.Person p = new org.govmeeting.api.directory.Person();
    p.id = id;
    return p;
  }

  static org.govmeeting.api.directory.Unit finance() {
    org.govmeeting.api.directory.Unit u = new org.govmeeting.api.directory.Unit();
    u.id = "FINANCE";
    u.headId = "fin.head";
    return u;
  }

  private LocalJpaTemplate jpa;
  private MovableClock clock;
  private MeetingScheduler meetings;
  private PlannerComponent planning;
  private final List<Long[]> deferred = new ArrayList<>();

  /** What the planner published through the outbox, each with its topic under event.topics. */
  private final List<Map<String, Object>> announced = new ArrayList<>();

  private long meetingId;

  /** The district's zone, as the directory's setting has it. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.meeting");
    clock = new MovableClock(NOW);
    meetings = new MeetingScheduler(jpa, clock, 44, Duration.ofHours(72));
    MeetingRequest r = new MeetingRequest();
    r.scheduledAt = NOW.plus(Duration.ofDays(10));
    meetingId = meetings.convene(r, MAYOR).id;
    TopicList approved = new TopicList();
    approved.meetingId = meetingId;
    approved.state = TopicList.State.APPROVED;
    approved.topicIds = List.of(1L, 2L, 3L);
    TopicListService lists =
        only(
            TopicListService.class,
            Map.of(
                "get", a -> Optional.of(approved),
                "defer",
                    a -> {
                      deferred.add(new Long[] {(Long) a[0], (Long) a[1]});
                      return approved;
                    }));
    TopicService topics =
        only(
            TopicService.class,
            Map.of(
                "summaries",
                a -> {
                  TopicSummary withFinance = topic(1, "vm.a");
                  withFinance.attendingUnitIds = List.of("FINANCE");
                  return List.of(withFinance, topic(2, "vm.b"), topic(3, "vm.b", Clause.S7));
                }));
    Policy policy = only(Policy.class, Map.of("materialsLeadDays", a -> 2));
    ActivePolicy active = only(ActivePolicy.class, Map.of("get", a -> policy));
    Directory directory =
        only(
            Directory.class,
            Map.of(
                "zone", a -> zone,
                "members", a -> List.of(leader("vm.a")),
                "regularAttendees", a -> List.of(),
                "person",
                    a ->
                        "no.body".equals(a[0])
                            ? Optional.empty()
                            : Optional.of(new org.govmeeting.api.directory.Person()),
                "unit", a -> "FINANCE".equals(a[0]) ? Optional.of(finance()) : Optional.empty()));
    planning =
        new PlannerComponent(jpa, directory, lists, topics, active, announced::add, clock, 15);
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  @Test
  public void absentSupervisorsTopicsLeaveTheAgendaUnlessLifted_S7() {
    // rule: S7
    planning.absent(meetingId, "vm.b");
    Agenda agenda = planning.agenda(meetingId, MAYOR);
    assertEquals(List.of(1L, 3L), agenda.items.stream().map(i -> i.topicId).toList());
    assertEquals(1, agenda.deferred.size());
    assertEquals(2L, agenda.deferred.get(0).topicId);
    assertEquals("S7", agenda.deferred.get(0).clause);
  }

  @Test
  public void attendingUnitsHeadsAreInvitedForTheirItemAndOnlyHeadsAreInvited_F3_C2() {
    // rule: F3, C2 — a topic's attending units sit in for it, in the person of their heads
    Agenda agenda = planning.agenda(meetingId, MAYOR);
    assertEquals(List.of("fin.head"), agenda.items.get(0).attendeeIds);
    assertEquals(List.of(), agenda.items.get(1).attendeeIds);
    assertTrue(planning.invited(meetingId).contains("fin.head"));
    assertTrue(planning.participants(meetingId).contains("fin.head"));
    try {
      planning.invite(meetingId, "fin.clerk", CLERK);
      fail();
    } catch (org.govmeeting.api.error.ValidationException e) {
      assertEquals(Clause.C2, e.clause().orElseThrow());
    }
  }

  @Test
  public void lawStudyComesFirstAndIsRequiredToOpen_T1() {
    // rule: T1
    try {
      planning.begin(meetingId, MAYOR);
      fail();
    } catch (RuleViolationException e) {
      assertEquals(Clause.T1, e.clause().orElseThrow());
      assertEquals("常务会议以集体学法开始，请先安排本次会议的学法内容", e.message(false));
      assertEquals("the meeting opens with its law study; set it first", e.message(true));
    }
    LawStudy s = new LawStudy();
    s.area = LawStudy.Area.SUPERVISION_AND_INTEGRITY;
    s.subject = "《中华人民共和国监察法》";
    s.leaderId = "justice";
    planning.setLawStudy(meetingId, s, CLERK);
    assertEquals(
        org.govmeeting.api.meeting.AgendaItem.Kind.LAW_STUDY,
        planning.agenda(meetingId, MAYOR).items.get(0).kind);
    planning.absent(meetingId, "vm.b");
    assertEquals(Meeting.Status.IN_SESSION, planning.begin(meetingId, MAYOR).status);
    assertEquals("the S7 topic went on to the next meeting", 1, deferred.size());
    assertEquals(Long.valueOf(2), deferred.get(0)[1]);
  }

  @Test
  public void theMeetingKeepsTheMomentItWasOpened_M3() {
    // rule: M3 — the minutes state the day the meeting was held, which is when it opened
    LawStudy s = new LawStudy();
    s.area = LawStudy.Area.CONSTITUTION;
    s.subject = "宪法";
    s.leaderId = "justice";
    planning.setLawStudy(meetingId, s, CLERK);
    assertNull(meetings.get(meetingId).orElseThrow().openedAt);
    Instant held = NOW.plus(Duration.ofDays(3)); // a week before the day it was scheduled for
    clock.set(held);
    assertEquals(held, planning.begin(meetingId, MAYOR).openedAt);
    Meeting read = meetings.get(meetingId).orElseThrow();
    assertEquals(held, read.openedAt);
    assertEquals(NOW.plus(Duration.ofDays(10)), read.scheduledAt);
  }

  @Test
  public void monthWithoutAMeetingIsFlaggedUntilTheMayorSaysWhy_C3() {
    // rule: C3
    List<org.govmeeting.api.meeting.MonthGap> gaps = planning.gaps(YearMonth.of(2026, 5));
    assertEquals(List.of("2026-03", "2026-04"), gaps.stream().map(g -> g.month).toList());
    try {
      planning.excuse(YearMonth.of(2026, 4), "防汛", CLERK);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.C3, e.clause().orElseThrow());
      assertEquals("只有区长可以说明当月未召开会议的理由", e.message(false));
    }
    assertTrue(planning.excuse(YearMonth.of(2026, 4), "防汛抢险", MAYOR).excused);
    assertFalse(planning.gaps(YearMonth.of(2026, 5)).get(0).excused);
    try {
      planning.excuse(YearMonth.of(2026, 4), "再次说明", MAYOR);
      fail();
    } catch (org.govmeeting.api.error.ConflictException e) {
      assertEquals("2026年4月未召开会议的理由已经记录", e.message(false));
      assertEquals("a reason for 2026-04 is already recorded", e.message(true));
    }
  }

  @Test
  public void monthsAreTheConfiguredZonesMonths_C3() {
    // rule: C3 — the meeting was convened at 2026-03-01 00:00 UTC: March in Shanghai, still
    // February in New York, so a district there has February without a meeting too
    assertEquals(
        List.of("2026-03", "2026-04"),
        planning.gaps(YearMonth.of(2026, 5)).stream().map(g -> g.month).toList());
    zone = ZoneId.of("America/New_York");
    assertEquals(
        List.of("2026-02", "2026-03", "2026-04"),
        planning.gaps(YearMonth.of(2026, 5)).stream().map(g -> g.month).toList());
  }

  @Test
  public void materialsDeliveredLessThanADayBeforeAreLate_M2() {
    // rule: M2 — 1–2 days before: two days is the aim, under one day is late
    clock.set(NOW.plus(Duration.ofDays(9)).plus(Duration.ofHours(1)));
    MaterialsStatus s = planning.distribute(meetingId, CLERK);
    assertEquals(NOW.plus(Duration.ofDays(9)), s.distributionDeadline);
    assertEquals(NOW.plus(Duration.ofDays(8)), s.distributionAim);
    assertEquals(1, s.receipts.size());
    assertEquals("vm.a", s.receipts.get(0).recipientId);
    assertTrue(s.receipts.get(0).late);
  }

  @Test
  public void materialsDeliveredADayAndAHalfBeforeAreOnTime_M2() {
    // rule: M2 — later than the two-day aim but at least one day before the meeting
    clock.set(NOW.plus(Duration.ofDays(8)).plus(Duration.ofHours(12)));
    MaterialsStatus s = planning.distribute(meetingId, CLERK);
    assertEquals(1, s.receipts.size());
    assertFalse(s.receipts.get(0).late);
  }

  /** Supervision's announcement, delivered as the outbox delivers it: every value as text. */
  private void emergency(long id, String what, Instant decidedAt, Long reportedAt) {
    Map<String, String> text = new java.util.HashMap<>();
    new EmergencyEvents.Decided(id, what, "li.jianguo", decidedAt, reportedAt)
        .payload()
        .forEach((k, v) -> text.put(k, String.valueOf(v)));
    planning.deliver(Events.EMERGENCY_DECIDED, text);
  }

  private List<AgendaItem> emergencyReports(long meeting) {
    return planning.agenda(meeting, MAYOR).items.stream()
        .filter(i -> i.kind == AgendaItem.Kind.EMERGENCY_REPORT)
        .toList();
  }

  @Test
  public void emergencyDecisionsAreOnTheAgendaUntilTheMeetingThatHeardThemCloses_S2() {
    // rule: S2 — taken when no meeting could be held, reported to the next one
    emergency(7, "紧急调拨防汛物资", NOW.minus(Duration.ofHours(1)), null);
    emergency(8, "紧急抢修供水管网", NOW.plus(Duration.ofDays(11)), null);
    emergency(5, "紧急转移受灾群众", NOW.minus(Duration.ofDays(30)), 43L);
    // told twice (a redelivery): kept once
    emergency(7, "紧急调拨防汛物资", NOW.minus(Duration.ofHours(1)), null);
    List<AgendaItem> reports = emergencyReports(meetingId);
    assertEquals(
        "the one taken before this meeting and not reported yet",
        List.of(7L),
        reports.stream().map(i -> i.emergencyDecisionId).toList());
    assertEquals("临机处置事项报告：紧急调拨防汛物资", reports.get(0).title);
    assertEquals("li.jianguo", reports.get(0).reporterId);
    assertEquals(Integer.valueOf(5), Integer.valueOf(reports.get(0).timeLimitMinutes));
    LawStudy s = new LawStudy();
    s.area = LawStudy.Area.SUPERVISION_AND_INTEGRITY;
    s.subject = "《中华人民共和国监察法》";
    s.leaderId = "justice";
    planning.setLawStudy(meetingId, s, CLERK);
    // rule: S2 — heard only in session, only a report on this agenda, once, by a known reporter
    assertThrows(
        org.govmeeting.api.error.ConflictException.class,
        () -> planning.hearEmergencyReport(meetingId, 7, null, CLERK));
    planning.begin(meetingId, MAYOR);
    assertThrows(
        org.govmeeting.api.error.AccessDeniedException.class,
        () -> planning.hearEmergencyReport(meetingId, 7, null, new Actor("x", "x", Set.of())));
    assertThrows(
        org.govmeeting.api.error.NotFoundException.class,
        () -> planning.hearEmergencyReport(meetingId, 8, null, CLERK));
    assertThrows(
        org.govmeeting.api.error.ValidationException.class,
        () -> planning.hearEmergencyReport(meetingId, 7, "no.body", CLERK));
    AgendaItem heard = planning.hearEmergencyReport(meetingId, 7, "wang.hong", CLERK);
    assertEquals("wang.hong", heard.reporterId);
    assertEquals(NOW, heard.heardAt);
    assertEquals("clerk", heard.heardRecordedBy);
    assertThrows(
        org.govmeeting.api.error.ConflictException.class,
        () -> planning.hearEmergencyReport(meetingId, 7, null, CLERK));
    announced.clear();
    planning.close(meetingId, MAYOR);
    assertEquals(
        "the closed meeting's agenda still shows what it heard",
        "wang.hong",
        emergencyReports(meetingId).get(0).reporterId);
    // the closing meeting tells supervision, in its act, which it heard
    assertEquals(1, announced.size());
    assertEquals(Events.EMERGENCY_REPORTED, announced.get(0).get("event.topics"));
    assertEquals(7L, announced.get(0).get(Events.EMERGENCY_DECISION_ID));
    assertEquals(meetingId, announced.get(0).get(Events.MEETING_ID));

    MeetingRequest r = new MeetingRequest();
    r.scheduledAt = NOW.plus(Duration.ofDays(20));
    long next = meetings.convene(r, MAYOR).id;
    assertEquals(
        "reported once; the later one is the next meeting's",
        List.of(8L),
        emergencyReports(next).stream().map(i -> i.emergencyDecisionId).toList());
    // supervision announcing it again (an earlier build's record) does not bring it back
    emergency(7, "紧急调拨防汛物资", NOW.minus(Duration.ofHours(1)), meetingId);
    assertEquals(1, emergencyReports(next).size());
  }

  @Test
  public void anEmergencyReportTheMeetingDidNotHearIsNotReported_S2() {
    // rule: S2 — on the agenda is not enough: a meeting that closes without hearing the report
    // has not had it reported, and the next meeting has it on its agenda
    emergency(9, "紧急封闭危桥", NOW.minus(Duration.ofHours(3)), null);
    LawStudy s = new LawStudy();
    s.area = LawStudy.Area.CONSTITUTION;
    s.subject = "宪法";
    s.leaderId = "justice";
    planning.setLawStudy(meetingId, s, CLERK);
    planning.begin(meetingId, MAYOR);
    announced.clear();
    planning.close(meetingId, MAYOR);
    assertEquals("nothing told to supervision", List.of(), announced);
    MeetingRequest r = new MeetingRequest();
    r.scheduledAt = NOW.plus(Duration.ofDays(20));
    long next = meetings.convene(r, MAYOR).id;
    assertEquals(
        List.of(9L), emergencyReports(next).stream().map(i -> i.emergencyDecisionId).toList());
    assertNull(emergencyReports(next).get(0).heardAt);
  }
}

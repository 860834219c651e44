package org.govmeeting.meeting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MeetingSchedulerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
  private static final Actor MAYOR = new Actor("li.jianguo", "李建国", Set.of(Role.MAYOR));
  private static final Actor EVM =
      new Actor("wang.hong", "王红", Set.of(Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR));

  private LocalJpaTemplate jpa;
  private MovableClock clock;
  private MeetingScheduler meetings;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.meeting");
    clock = new MovableClock(NOW);
    meetings = new MeetingScheduler(jpa, clock, 44, Duration.ofHours(72));
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private static MeetingRequest at(String when) {
    MeetingRequest r = new MeetingRequest();
    r.scheduledAt = Instant.parse(when);
    r.venue = "区政府三楼会议室";
    return r;
  }

  @Test
  public void onlyTheMayorConvenes_C1() {
    // rule: C1
    try {
      meetings.convene(at("2026-03-10T01:00:00Z"), EVM);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.C1, e.clause().orElseThrow());
    }
    assertEquals(0, meetings.list(null, 0, 10).size());
  }

  @Test
  public void meetingsAreNumberedInOrder_C3() {
    // rule: C3 — regular meetings and extra ones, numbered in one sequence
    Meeting first = meetings.convene(at("2026-03-10T01:00:00Z"), MAYOR);
    MeetingRequest extra = at("2026-03-05T01:00:00Z");
    extra.kind = Meeting.Kind.EXTRA;
    Meeting second = meetings.convene(extra, MAYOR);
    assertEquals(44, first.number);
    assertEquals(45, second.number);
    assertEquals(Meeting.Kind.REGULAR, first.kind);
    assertEquals(Meeting.Kind.EXTRA, second.kind);
    assertEquals(Meeting.Status.PLANNED, first.status);
    assertEquals("li.jianguo", first.convenedBy);
  }

  @Test
  public void eachDistrictNumbersAndSeesOnlyItsOwnMeetings_C3() {
    // rule: C3 — each district's meetings are numbered in its own sequence (issue 20)
    Actor dongfengMayor =
        new Actor("zhang.dongsheng", "张东升", Set.of(Role.MAYOR), "LEADERSHIP", "dongfeng");
    Meeting q1 = meetings.convene(at("2026-03-10T01:00:00Z"), MAYOR);
    Meeting d1 =
        org.govmeeting.api.directory.DistrictScope.call(
            "dongfeng", () -> meetings.convene(at("2026-03-11T01:00:00Z"), dongfengMayor));
    Meeting d2 =
        org.govmeeting.api.directory.DistrictScope.call(
            "dongfeng", () -> meetings.convene(at("2026-03-12T01:00:00Z"), dongfengMayor));
    Meeting q2 = meetings.convene(at("2026-03-13T01:00:00Z"), MAYOR);
    assertEquals(List.of(44, 45), List.of(q1.number, q2.number));
    assertEquals(List.of(44, 45), List.of(d1.number, d2.number));
    assertEquals(2, meetings.list(null, 0, 10).size());
    assertFalse("another district's meeting is nobody's here", meetings.get(d1.id).isPresent());
    org.govmeeting.api.directory.DistrictScope.run(
        "dongfeng",
        () -> {
          assertEquals(
              List.of(d1.id, d2.id), meetings.list(null, 0, 10).stream().map(m -> m.id).toList());
          assertFalse(meetings.get(q1.id).isPresent());
        });
  }

  @Test
  public void aDistrictsOwnSettingsNumberItsMeetingsAndCloseItsTopics_C3() {
    // rule: C3 — a district joining the platform numbers on from the meetings it held before
    org.govmeeting.api.directory.District dongfeng = new org.govmeeting.api.directory.District();
    dongfeng.id = "dongfeng";
    dongfeng.firstMeetingNumber = 12;
    dongfeng.cutoffHours = 24;
    MeetingScheduler platform =
        new MeetingScheduler(
            jpa,
            clock,
            44,
            Duration.ofHours(72),
            () ->
                org.govmeeting.api.directory.DistrictScope.current().equals("dongfeng")
                    ? java.util.Optional.of(dongfeng)
                    : java.util.Optional.empty());
    Actor dongfengMayor =
        new Actor("zhang.dongsheng", "张东升", Set.of(Role.MAYOR), "LEADERSHIP", "dongfeng");
    Meeting d =
        org.govmeeting.api.directory.DistrictScope.call(
            "dongfeng", () -> platform.convene(at("2026-03-10T01:00:00Z"), dongfengMayor));
    assertEquals(12, d.number);
    assertEquals(Instant.parse("2026-03-09T01:00:00Z"), d.cutoff);
    Meeting q = platform.convene(at("2026-03-10T01:00:00Z"), MAYOR);
    assertEquals(44, q.number);
    assertEquals(Instant.parse("2026-03-07T01:00:00Z"), q.cutoff);
  }

  @Test
  public void aRaisedFirstNumberMovesNumberingOnAndALowerOneGivesNoNumberTwice_C3() {
    // rule: C3 — the district's settings changed after it held meetings here (issue 20)
    org.govmeeting.api.directory.District dongfeng = new org.govmeeting.api.directory.District();
    dongfeng.id = "dongfeng";
    dongfeng.firstMeetingNumber = 12;
    MeetingScheduler platform =
        new MeetingScheduler(
            jpa,
            clock,
            44,
            Duration.ofHours(72),
            () ->
                org.govmeeting.api.directory.DistrictScope.current().equals("dongfeng")
                    ? java.util.Optional.of(dongfeng)
                    : java.util.Optional.empty());
    Actor dongfengMayor =
        new Actor("zhang.dongsheng", "张东升", Set.of(Role.MAYOR), "LEADERSHIP", "dongfeng");
    java.util.function.Supplier<Integer> next =
        () ->
            org.govmeeting.api.directory.DistrictScope.call(
                    "dongfeng", () -> platform.convene(at("2026-03-10T01:00:00Z"), dongfengMayor))
                .number;
    assertEquals(12, (int) next.get());
    dongfeng.firstMeetingNumber = 20;
    assertEquals(20, (int) next.get());
    assertEquals(21, (int) next.get());
    dongfeng.firstMeetingNumber = 5;
    assertEquals(22, (int) next.get());
  }

  @Test
  public void cutoffDefaultsBeforeTheMeeting() {
    Meeting m = meetings.convene(at("2026-03-10T01:00:00Z"), MAYOR);
    assertEquals(Instant.parse("2026-03-07T01:00:00Z"), m.cutoff);
  }

  @Test
  public void badTimesAreRefusedNamingTheField() {
    try {
      meetings.convene(at("2026-02-10T01:00:00Z"), MAYOR);
      fail();
    } catch (ValidationException e) {
      assertEquals("scheduledAt", e.field());
    }
    MeetingRequest r = at("2026-03-10T01:00:00Z");
    r.cutoff = Instant.parse("2026-03-11T01:00:00Z");
    try {
      meetings.convene(r, MAYOR);
      fail();
    } catch (ValidationException e) {
      assertEquals("cutoff", e.field());
    }
  }

  @Test
  public void nextOpenMeetingSkipsPassedCutoffs_S9() {
    // rule: S9 — a topic ready after a cut-off goes to the next meeting
    MeetingRequest early = at("2026-03-10T01:00:00Z");
    early.cutoff = Instant.parse("2026-03-03T00:00:00Z");
    Meeting a = meetings.convene(early, MAYOR);
    Meeting b = meetings.convene(at("2026-04-10T01:00:00Z"), MAYOR);
    assertEquals(a.id, meetings.nextOpen(Instant.parse("2026-03-02T00:00:00Z")).orElseThrow().id);
    assertEquals(b.id, meetings.nextOpen(Instant.parse("2026-03-04T00:00:00Z")).orElseThrow().id);
    assertFalse(meetings.nextOpen(Instant.parse("2026-05-01T00:00:00Z")).isPresent());
  }
}

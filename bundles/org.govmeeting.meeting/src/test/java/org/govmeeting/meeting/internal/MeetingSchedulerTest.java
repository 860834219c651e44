package org.govmeeting.meeting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
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

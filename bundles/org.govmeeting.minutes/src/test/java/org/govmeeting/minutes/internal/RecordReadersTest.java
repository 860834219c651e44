package org.govmeeting.minutes.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.After;
import org.junit.Test;

/** Who reads the meeting's record and papers (K3), from the roster and the agenda's marks. */
public class RecordReadersTest {
  private LocalJpaTemplate jpa;

  @After
  public void tearDown() {
    if (jpa != null) {
      jpa.close();
    }
  }

  private static RosterEntry entry(String id, RosterEntry.Kind kind, RosterEntry.State state) {
    RosterEntry e = new RosterEntry();
    e.personId = id;
    e.kind = kind;
    e.state = state;
    return e;
  }

  private static AgendaItem item(Long topicId, boolean confidential) {
    AgendaItem i = new AgendaItem();
    i.kind = topicId == null ? AgendaItem.Kind.LAW_STUDY : AgendaItem.Kind.TOPIC;
    i.topicId = topicId;
    i.confidential = confidential;
    return i;
  }

  /** wang.hong signed in, the delegate wei.dong in he.bin's place, zhao.min on leave. */
  private Readers readers() {
    Attendance a = new Attendance();
    a.roster =
        List.of(
            entry("wang.hong", RosterEntry.Kind.MEMBER, RosterEntry.State.SIGNED_IN),
            entry("zhao.min", RosterEntry.Kind.MEMBER, RosterEntry.State.ON_LEAVE),
            entry("he.bin", RosterEntry.Kind.ATTENDEE, RosterEntry.State.ON_LEAVE),
            entry("wei.dong", RosterEntry.Kind.DELEGATE, RosterEntry.State.SIGNED_IN),
            entry("sun.lei", RosterEntry.Kind.MEMBER, RosterEntry.State.LEFT));
    Agenda agenda = new Agenda();
    agenda.items =
        new ArrayList<>(
            List.of(item(null, true), item(1L, false), item(2L, true), item(3L, false)));
    return new Readers(
        jpa,
        only(AttendanceService.class, Map.of("attendance", x -> a)),
        only(MeetingPlanner.class, Map.of("agenda", x -> agenda)));
  }

  private static Actor actor(String id, Role role) {
    return new Actor(id, id, Set.of(role), "X");
  }

  @Test
  public void theParticipantsAreTheRosterLessThoseExcused_K1_K3() {
    // rule: K1 — excused, they do not take part; their delegate does; K3 — participants read
    Readers r = readers();
    assertEquals(Set.of("wang.hong", "wei.dong", "sun.lei"), r.participants(44));
    assertTrue(r.participant(44, actor("wei.dong", Role.DEPARTMENT_HEAD)));
    assertFalse(r.participant(44, actor("zhao.min", Role.VICE_MAYOR)));
  }

  @Test
  public void theRecordIsForTheParticipantsAndTheSecretariat_K3() {
    // rule: K3 — leaders' remarks are not passed on at will
    Readers r = readers();
    r.requireRecordReader(44, actor("wang.hong", Role.VICE_MAYOR));
    r.requireRecordReader(44, actor("yang.xue", Role.SECRETARIAT));
    for (Actor outsider :
        List.of(actor("liu.yang", Role.OFFICE_STAFF), actor("zhao.min", Role.VICE_MAYOR))) {
      try {
        r.requireRecordReader(44, outsider);
        fail(outsider + " read the record");
      } catch (AccessDeniedException e) {
        assertEquals(Clause.K3, e.clause().orElseThrow());
      }
    }
  }

  @Test
  public void thePapersAreForTheParticipantsTheOfficeAndTheMayor_K3() {
    // rule: K3 — undecided matters are not spread
    Readers r = readers();
    for (Role keeper :
        List.of(Role.MAYOR, Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF)) {
      r.requirePapersReader(44, actor("k", keeper));
    }
    r.requirePapersReader(44, actor("wei.dong", Role.DEPARTMENT_HEAD));
    try {
      r.requirePapersReader(44, actor("he.bin", Role.PETITIONS_HEAD));
      fail("someone excused read the papers");
    } catch (AccessDeniedException e) {
      assertEquals(Clause.K3, e.clause().orElseThrow());
    }
  }

  @Test
  public void theOfficesMarksMakeATopicConfidential_K3() {
    // rule: K3 — decided matters that must stay confidential are not disclosed
    Readers r = readers();
    assertEquals(Set.of(2L), r.confidentialTopics(44));
    assertTrue(r.confidential(44, 2));
    assertFalse(r.confidential(44, 1));
  }

  @Test
  public void anItemIsRestrictedUntilDecidedWhenDeferredAndWhenConfidential_K3() {
    // rule: K3 — 会议未定事宜不得扩散；已经决定尚需保密的，不得对外泄露
    jpa = new LocalJpaTemplate("govmeeting.minutes");
    Readers r = readers();
    assertTrue("no record yet", r.restricted(44, 1));
    decided(1, null);
    decided(3, Decision.Outcome.DEFERRED);
    decided(2, Decision.Outcome.APPROVED);
    decided(4, Decision.Outcome.NOT_APPROVED);
    assertTrue("undecided", r.restricted(44, 1));
    assertTrue("deferred", r.restricted(44, 3));
    assertTrue("confidential", r.restricted(44, 2));
    assertFalse("decided and open", r.restricted(44, 4));
  }

  private void decided(long topic, Decision.Outcome outcome) {
    jpa.tx(
        em -> {
          ItemRecord i = new ItemRecord();
          i.meetingId = 44;
          i.topicId = topic;
          i.outcome = outcome;
          em.persist(i);
        });
  }
}

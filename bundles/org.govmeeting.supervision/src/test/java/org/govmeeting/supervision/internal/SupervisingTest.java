package org.govmeeting.supervision.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.EmergencyEvents;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.meeting.Notice;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.minutes.Requirement;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.supervision.EmergencyDecision;
import org.govmeeting.api.supervision.Overview;
import org.govmeeting.api.supervision.Task;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SupervisingTest {
  static final Instant NOW = Instant.parse("2027-01-04T01:00:00Z");
  static final Actor OFFICE = new Actor("clerk", "clerk", Set.of(Role.OFFICE_STAFF));
  static final Actor HEAD = new Actor("head", "head", Set.of(Role.DEPARTMENT_HEAD));
  static final Actor MAYOR = new Actor("mayor", "mayor", Set.of(Role.MAYOR));

  private LocalJpaTemplate jpa;
  private final List<Notice> sent = new ArrayList<>();
  private SupervisionComponent supervision;
  private final boolean[] restricted = {true};

  /** The district's zone, as the directory's setting has it. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  /** The district's own due-soon days, as its settings have them; null: the platform's 7. */
  private Integer ownDueSoonDays;

  /** What supervision published through the outbox: topic, then payload. */
  private final List<Map.Entry<String, Map<String, ?>>> published = new ArrayList<>();

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.supervision");
    Deliberation d = new Deliberation();
    d.decision = new Decision();
    d.decision.outcome = Decision.Outcome.APPROVED;
    Requirement soon = new Requirement();
    soon.what = "落实场地";
    soon.unitIds = List.of("HOUSING", "EDUCATION");
    soon.due = LocalDate.of(2027, 1, 10);
    Requirement later = new Requirement();
    later.what = "制定细则";
    later.unitIds = List.of("HOUSING");
    later.due = LocalDate.of(2027, 3, 1);
    d.decision.requirements = List.of(soon, later);
    DeliberationService deliberations =
        only(DeliberationService.class, Map.of("deliberation", a -> d));
    MeetingPlanner planner =
        only(
            MeetingPlanner.class,
            Map.of(
                "send",
                a -> {
                  sent.add((Notice) a[0]);
                  return a[0];
                }));
    Person head = new Person();
    head.id = "head";
    head.unitId = "HOUSING";
    Unit housing = new Unit();
    housing.id = "HOUSING";
    housing.headId = "head";
    Directory directory =
        only(
            Directory.class,
            Map.of(
                "zone",
                a -> zone,
                "district",
                a -> {
                  org.govmeeting.api.directory.District own =
                      new org.govmeeting.api.directory.District();
                  own.id = (String) a[0];
                  own.dueSoonDays = ownDueSoonDays;
                  return Optional.of(own);
                },
                "person",
                a -> Optional.of(head),
                "unit",
                a -> Optional.of(housing)));
    RecordReaders readers =
        only(
            RecordReaders.class,
            Map.of(
                "restricted", a -> restricted[0],
                "participant", a -> ((Actor) a[1]).personId().equals("vice")));
    // No timer: reminders and chasing notices go out only when a test asks for them.
    supervision =
        new SupervisionComponent(
            jpa,
            deliberations,
            readers,
            planner,
            directory,
            (topic, payload) -> published.add(Map.entry(topic, payload)),
            new MovableClock(NOW),
            7,
            0);
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  @Test
  public void requirementsBecomeTasksOnce_I1() {
    // rule: I1
    assertEquals(2, supervision.takeUp(44, 1).size());
    assertEquals(2, supervision.takeUp(44, 1).size());
    Task first = supervision.tasks(44L, null, null, 0, 10).items.get(0);
    assertEquals("HOUSING", first.ownerUnitId);
    assertEquals(List.of("EDUCATION"), first.coUnitIds);
    assertEquals(Task.Timeliness.DUE_SOON, first.timeliness);
  }

  @Test
  public void aDistrictsOwnTimeLimitDecidesWhatIsDueSoonAndWhoIsReminded_I1() {
    // rule: I1 — due in 6 days: due soon under the platform's 7, not under a district's own 3
    supervision.takeUp(44, 1);
    ownDueSoonDays = 3;
    Task first = supervision.tasks(44L, null, null, 0, 10).items.get(0);
    assertEquals(Task.Timeliness.ON_TIME, first.timeliness);
    assertEquals(0, supervision.chase(NOW, OFFICE));
    ownDueSoonDays = 60;
    assertEquals(
        "the later task (due in 8 weeks) is due soon under 60 days",
        2,
        supervision.tasks(44L, null, null, 0, 10).items.stream()
            .filter(t -> t.timeliness == Task.Timeliness.DUE_SOON)
            .count());
    ownDueSoonDays = null;
    assertEquals(1, supervision.chase(NOW, OFFICE));
  }

  @Test
  public void remindersBeforeAndChasingAfterTheDeadlineOnceADay_I1() {
    // rule: I1 — follow-up from start to finish, with 催办 when overdue
    supervision.takeUp(44, 1);
    assertEquals(1, supervision.chase(NOW, OFFICE));
    assertEquals(Notice.Kind.REMINDER, sent.get(0).kind);
    assertEquals(0, supervision.chase(NOW.plusSeconds(3600), OFFICE));
    Instant late = Instant.parse("2027-01-12T01:00:00Z");
    assertEquals(1, supervision.chase(late, OFFICE));
    assertEquals(Notice.Kind.CHASE, sent.get(1).kind);
    assertEquals("head", sent.get(1).recipientId);
    List<Overview> o = supervision.overview(44L, null, late);
    assertEquals(1, o.get(0).overdue);
    assertEquals(1, o.get(0).onTime);
  }

  @Test
  public void aDeadlinePassesAtTheEndOfTheConfiguredZonesDay_I1() {
    // rule: I1 — due 2027-01-10: at 20:00 UTC that day it is the 11th in Shanghai, not in London
    supervision.takeUp(44, 1);
    Instant evening = Instant.parse("2027-01-10T20:00:00Z");
    assertEquals(1, supervision.overview(44L, null, evening).get(0).overdue);
    zone = ZoneId.of("Europe/London");
    assertEquals(0, supervision.overview(44L, null, evening).get(0).overdue);
  }

  @Test
  public void closedOnlyAfterCompletionAndAcceptance_I1() {
    supervision.takeUp(44, 1);
    long id = supervision.tasks(44L, null, null, 0, 10).items.get(0).id;
    try {
      supervision.accept(id, true, null, OFFICE);
      fail();
    } catch (ConflictException e) {
      assertEquals(Clause.I1, e.clause().orElseThrow());
      assertEquals("责任单位尚未报告办结，不能验收", e.message(false));
      assertEquals("the owner has not reported completion", e.message(true));
    }
    try {
      supervision.reportProgress(id, "进展", 120, null, HEAD);
      fail();
    } catch (ValidationException e) {
      assertEquals("percent", e.field());
      assertEquals("完成进度须在0至100之间", e.message(false));
      assertEquals("between 0 and 100", e.message(true));
    }
    supervision.reportCompletion(id, "已完成", HEAD);
    Task sentBack = supervision.accept(id, false, "缺少验收材料", OFFICE);
    assertEquals(Task.State.OPEN, sentBack.state);
    supervision.reportCompletion(id, "补充了验收材料", HEAD);
    assertEquals(Task.State.CLOSED, supervision.accept(id, true, null, OFFICE).state);
  }

  @Test
  public void emergencyDecisionsStayFlaggedUntilReported_S2() {
    // rule: S2
    EmergencyDecision d = new EmergencyDecision();
    d.what = "紧急调拨";
    d.whyNoMeeting = "汛情突发";
    d.means = EmergencyDecision.Means.COUNTERSIGNATURE;
    d.decidedBy = "mayor";
    d.decidedAt = NOW.minusSeconds(3600);
    try {
      supervision.record(d, MAYOR);
      fail("countersignature without countersigners");
    } catch (ValidationException e) {
      assertEquals("countersignedBy", e.field());
    }
    assertTrue("nothing announced of a refused record", published.isEmpty());
    d.countersignedBy = List.of("evm");
    long id = supervision.record(d, MAYOR).id;
    assertTrue(supervision.all().get(0).flagged);
    // announced in the act that records it: the planner keeps its copy for the next agenda
    assertEquals(1, published.size());
    assertEquals(Events.EMERGENCY_DECIDED, published.get(0).getKey());
    EmergencyEvents.Decided told = EmergencyEvents.Decided.of(text(published.get(0).getValue()));
    assertEquals(
        new EmergencyEvents.Decided(id, "紧急调拨", "mayor", NOW.minusSeconds(3600), null), told);

    // rule: S2 — each countersigner signs it as their own act, once; nobody else does
    assertFalse(supervision.all().get(0).countersigned);
    Actor evm = new Actor("evm", "evm", Set.of(Role.EXECUTIVE_VICE_MAYOR));
    try {
      supervision.countersign(id, MAYOR);
      fail("the mayor is not among the countersigners");
    } catch (org.govmeeting.api.error.AccessDeniedException e) {
      assertEquals(Clause.S2, e.clause().orElseThrow());
    }
    EmergencyDecision signed = supervision.countersign(id, evm);
    assertTrue(signed.countersigned);
    assertEquals("evm", signed.countersignatures.get(0).personId);
    try {
      supervision.countersign(id, evm);
      fail("signed twice");
    } catch (org.govmeeting.api.error.ConflictException e) {
      assertEquals(Clause.S2, e.clause().orElseThrow());
    }

    // the closing meeting that heard it tells supervision, in its act
    EmergencyReportsComponent reports = new EmergencyReportsComponent(jpa, null);
    reports.deliver(
        Events.EMERGENCY_REPORTED, text(new EmergencyEvents.Reported(id, 45).payload()));
    EmergencyDecision after = supervision.all().get(0);
    assertEquals(Long.valueOf(45), after.reportedAtMeetingId);
    assertFalse(after.flagged);
    // the first meeting that heard it stays its meeting, however often it is told
    reports.deliver(
        Events.EMERGENCY_REPORTED, text(new EmergencyEvents.Reported(id, 46).payload()));
    assertEquals(Long.valueOf(45), supervision.all().get(0).reportedAtMeetingId);
  }

  @Test
  public void emergencyDecisionsOfAnEarlierBuildAreAnnouncedOnce_S2() {
    // rule: S2 — the planner's copy of what an earlier build recorded, reported or not
    EmergencyDecision d = new EmergencyDecision();
    d.what = "紧急抢修供水管网";
    d.whyNoMeeting = "管网爆裂";
    d.means = EmergencyDecision.Means.ORAL_REPORT;
    d.heardBy = List.of("evm");
    d.decidedBy = "mayor";
    d.decidedAt = NOW.minusSeconds(7200);
    long reported = supervision.record(d, MAYOR).id;
    new EmergencyReportsComponent(jpa, null)
        .deliver(
            Events.EMERGENCY_REPORTED, text(new EmergencyEvents.Reported(reported, 44).payload()));
    d.what = "紧急调拨防汛物资";
    long flagged = supervision.record(d, MAYOR).id;
    published.clear();
    assertEquals(
        "nothing to announce on a database of this build", 0, supervision.announceBacklog());
    // as the changelog leaves a database of an earlier build: every decision not yet announced
    jpa.tx(
        em ->
            em.createNativeQuery(
                    "INSERT INTO SUP_UNANNOUNCED (EMERGENCY_ID, DISTRICT_ID)"
                        + " SELECT ID, DISTRICT_ID FROM SUP_EMERGENCY")
                .executeUpdate());
    assertEquals(2, supervision.announceBacklog());
    assertEquals(2, published.size());
    Map<Long, EmergencyEvents.Decided> told = new java.util.HashMap<>();
    for (Map.Entry<String, Map<String, ?>> e : published) {
      assertEquals(Events.EMERGENCY_DECIDED, e.getKey());
      EmergencyEvents.Decided x = EmergencyEvents.Decided.of(text(e.getValue()));
      told.put(x.emergencyDecisionId(), x);
    }
    assertEquals(Long.valueOf(44), told.get(reported).reportedAtMeetingId());
    assertEquals(null, told.get(flagged).reportedAtMeetingId());
    assertEquals("紧急调拨防汛物资", told.get(flagged).what());
    assertEquals(NOW.minusSeconds(7200), told.get(flagged).decidedAt());
    // a second start announces nothing
    assertEquals(0, supervision.announceBacklog());
    assertEquals(2, published.size());
  }

  /** A payload as a subscriber gets it: every value as text. */
  private static Map<String, String> text(Map<String, ?> payload) {
    Map<String, String> out = new java.util.HashMap<>();
    payload.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }

  @Test
  public void tasksOfAConfidentialOrUndecidedItemStayWithThoseWhoMayKnow_K3() {
    // rule: K3 — confidential items' tasks: the participants and the units that carry them
    // rule: I1 — the Office supervises every task
    long first = supervision.takeUp(44, 1).get(0).id;
    Actor outsider = new Actor("su.ming", "苏明", Set.of(Role.SUBDISTRICT_HEAD), "GANGWAN");
    Actor coUnit = new Actor("xie.yu", "谢宇", Set.of(Role.DEPARTMENT_STAFF), "EDUCATION");
    Actor participant = new Actor("vice", "副区长", Set.of(Role.VICE_MAYOR), "LEADERSHIP");
    assertEquals(0, supervision.tasks(44L, null, null, 0, 50, outsider).total);
    assertTrue(supervision.tasks(44L, null, null, 0, 50, outsider).items.isEmpty());
    for (Runnable attack :
        List.<Runnable>of(
            () -> supervision.task(first, outsider),
            () -> supervision.attachment(first, 1, outsider),
            () -> download(first, 1, outsider))) {
      try {
        attack.run();
        fail("an outsider read a confidential item's task");
      } catch (NotFoundException expected) {
        // as if it did not exist
      }
    }
    assertEquals(1, supervision.tasks(44L, null, null, 0, 50, coUnit).total);
    assertEquals("落实场地", supervision.tasks(44L, null, null, 0, 50, coUnit).items.get(0).what);
    assertEquals(2, supervision.tasks(44L, null, null, 0, 50, participant).total);
    assertEquals(2, supervision.tasks(44L, null, null, 0, 50, OFFICE).total);
    assertEquals(1, supervision.tasks(44L, null, null, 1, 50, OFFICE).items.size());
    restricted[0] = false;
    assertEquals(2, supervision.tasks(44L, null, null, 0, 50, outsider).total);
    assertEquals(first, supervision.task(first, outsider).id);
  }

  private byte[] download(long task, long attachment, Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      supervision.writeAttachment(task, attachment, actor, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private long rows(String entity) {
    return jpa.txExpr(
        em ->
            em.createQuery("select count(r) from " + entity + " r", Long.class).getSingleResult());
  }

  @Test
  public void theOwnersFilesAreStoredInRowsAndReadBackWithTheirChecksum_I1() throws Exception {
    // rule: I1 — the owning unit reports on its task, with its files
    long id = supervision.takeUp(44, 1).get(0).id;
    byte[] bytes = new byte[3 * Chunks.SIZE + 17];
    new Random(1).nextBytes(bytes);
    Task.Attachment a =
        supervision.attach(id, "报告.txt", null, new ByteArrayInputStream(bytes), HEAD);
    assertEquals("application/octet-stream", a.contentType);
    assertEquals(bytes.length, a.size);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(sha, a.sha256);
    assertEquals(4, rows("AttachmentChunkRecord"));
    assertEquals(a.id, supervision.task(id).attachments.get(0).id);
    assertEquals(sha, supervision.attachment(id, a.id, OFFICE).sha256);
    assertArrayEquals(bytes, download(id, a.id, OFFICE));
  }

  @Test
  public void anAttachmentOverTheLimitOrEmptyIsRefusedAndNothingKept_I1() {
    long id = supervision.takeUp(44, 1).get(0).id;
    byte[] over = new byte[(int) ProgressReporting.MAX_ATTACHMENT + 1];
    new Random(2).nextBytes(over);
    for (byte[] refused : List.of(over, new byte[0])) {
      try {
        supervision.attach(id, "大.zip", "application/zip", new ByteArrayInputStream(refused), HEAD);
        fail("stored an attachment of " + refused.length + " bytes");
      } catch (ValidationException expected) {
        assertEquals("content", expected.field());
      }
    }
    assertEquals(0, rows("AttachmentChunkRecord"));
    assertEquals(0, rows("AttachmentRecord"));
    assertTrue(supervision.task(id).attachments.isEmpty());
  }

  @Test
  public void attachmentsOfAnEarlierBuildMoveIntoRows() throws Exception {
    byte[] old = new byte[20 * 1024 * 1024];
    new Random(3).nextBytes(old);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(old));
    try (LocalJpaTemplate upgraded =
        LocalJpaTemplate.upgradedFrom(
            "govmeeting.supervision",
            "2-sup-attachment-chunk",
            c -> {
              try (java.sql.PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO SUP_ATTACHMENT (CONTENT, CONTENTTYPE, FILENAME, SHA256,"
                          + " BYTE_SIZE, TASK_ID, UPLOADEDAT, UPLOADEDBY)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setBinaryStream(1, new ByteArrayInputStream(old), old.length);
                s.setString(2, "application/zip");
                s.setString(3, "旧.zip");
                s.setString(4, sha);
                s.setLong(5, old.length);
                s.setLong(6, 1);
                s.setTimestamp(7, java.sql.Timestamp.valueOf("2026-11-20 10:00:00"));
                s.setString(8, "head");
                s.executeUpdate();
              }
            })) {
      AttachmentRecord a =
          upgraded.txExpr(
              em ->
                  em.createQuery("select a from AttachmentRecord a", AttachmentRecord.class)
                      .getSingleResult());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Chunks.copy(
          seq -> upgraded.txExpr(em -> TaskRepository.chunk(em, a.contentKey, seq)), a.size, out);
      assertArrayEquals(old, out.toByteArray());
      assertEquals(sha, a.sha256);
    }
  }
}

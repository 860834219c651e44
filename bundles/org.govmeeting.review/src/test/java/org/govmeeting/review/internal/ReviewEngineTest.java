package org.govmeeting.review.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DirectoryChange;
import org.govmeeting.api.directory.NewPerson;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.directory.UnitKind;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingRequest;
import org.govmeeting.api.meeting.MeetingService;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ReviewEngineTest {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final Actor HEAD = actor("luo.ping", Role.DEPARTMENT_HEAD);
  static final Actor FINANCE = actor("huang.tao", Role.FINANCE_HEAD);
  static final Actor EVM = actor("wang.hong", Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR);
  static final Actor SUPERVISOR = actor("zhao.min", Role.VICE_MAYOR);
  static final Actor OFFICE = actor("chen.jing", Role.OFFICE_DIRECTOR);
  static final Actor STAFF = actor("liu.yang", Role.OFFICE_STAFF);
  static final Actor MAYOR = actor("li.jianguo", Role.MAYOR);
  static final Actor JUSTICE = actor("xu.li", Role.JUSTICE_HEAD);

  static Actor actor(String id, Role... roles) {
    return new Actor(id, id, EnumSet.copyOf(List.of(roles)));
  }

  /** A district policy written for the test: the Qianjin shape, with a version to tell apart. */
  static final class TestPolicy implements Policy {
    final String district;
    final String version;
    final boolean financeStep;

    /** Who signs the legality review: null, the Justice Bureau's head (a role). */
    ReviewStep.Signer legalSigner;

    TestPolicy(String district, String version, boolean financeStep) {
      this.district = district;
      this.version = version;
      this.financeStep = financeStep;
    }

    @Override
    public String district() {
      return district;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public List<Finding> check(TopicFacts t) {
      return t.dissent ? List.of(new Finding(Clause.S3, "dissent")) : List.of();
    }

    @Override
    public List<ReviewStep> chain(TopicFacts t) {
      List<ReviewStep> steps = new ArrayList<>();
      steps.add(new ReviewStep(1, ReviewStep.Signer.LEAD_UNIT_HEAD, null, Clause.F4, "F4"));
      if (t.fiscal && financeStep) {
        steps.add(ReviewStep.byRole(2, Role.FINANCE_HEAD, Clause.F5, "F5 finance"));
        steps.add(ReviewStep.byRole(3, Role.EXECUTIVE_VICE_MAYOR, Clause.F5, "F5 evm"));
      }
      if (t.normativeDocument || t.legalReviewAsked) {
        steps.add(
            legalSigner == null
                ? ReviewStep.byRole(2, Role.JUSTICE_HEAD, Clause.F6, "F6")
                : new ReviewStep(2, legalSigner, null, Clause.F6, "F6"));
      }
      steps.add(new ReviewStep(4, ReviewStep.Signer.SUPERVISOR, null, Clause.F7, "F7"));
      steps.add(ReviewStep.byRole(5, Role.OFFICE_DIRECTOR, Clause.F8, "F8"));
      return steps;
    }

    @Override
    public boolean quorate(int present, int all) {
      return present * 2 > all;
    }

    @Override
    public int materialsLeadDays() {
      return 2;
    }

    @Override
    public Set<Clause> overridable() {
      return EnumSet.of(Clause.S3);
    }
  }

  /** Meetings held in memory, as the meeting module would answer. */
  static final class Meetings implements MeetingService {
    final Map<Long, Meeting> byId = new HashMap<>();

    Meeting add(long id, int number, Instant at, Instant cutoff) {
      Meeting m = new Meeting();
      m.id = id;
      m.number = number;
      m.scheduledAt = at;
      m.cutoff = cutoff;
      m.status = Meeting.Status.PLANNED;
      byId.put(id, m);
      return m;
    }

    @Override
    public Meeting convene(MeetingRequest request, Actor actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Meeting> get(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Meeting> list(Meeting.Status status, int offset, int limit) {
      return new ArrayList<>(byId.values());
    }

    @Override
    public Optional<Meeting> following(long meetingId) {
      Meeting from = byId.get(meetingId);
      return byId.values().stream()
          .filter(m -> m.scheduledAt.isAfter(from.scheduledAt))
          .min((a, b) -> a.scheduledAt.compareTo(b.scheduledAt));
    }

    @Override
    public Optional<Meeting> nextOpen(Instant when) {
      return byId.values().stream()
          .filter(m -> !m.cutoff.isBefore(when))
          .min((a, b) -> a.scheduledAt.compareTo(b.scheduledAt));
    }
  }

  /** The one unit the tests raise topics for, headed by luo.ping. */
  static final class OneUnitDirectory implements Directory {
    @Override
    public java.time.ZoneId zone() {
      return java.time.ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Optional<Unit> unit(String id) {
      if (!"EDUCATION".equals(id)) {
        return Optional.empty();
      }
      Unit u = new Unit();
      u.id = id;
      u.kind = UnitKind.DEPARTMENT;
      u.headId = "luo.ping";
      u.supervisorId = "zhao.min";
      return Optional.of(u);
    }

    @Override
    public Optional<Person> person(String id) {
      return Optional.empty();
    }

    @Override
    public Optional<Person> personByAccount(String account) {
      return Optional.empty();
    }

    @Override
    public Optional<Person> signingIn(String login, boolean byAccount) {
      return Optional.empty();
    }

    @Override
    public List<org.govmeeting.api.directory.District> districts() {
      return List.of();
    }

    @Override
    public Optional<org.govmeeting.api.directory.District> district(String id) {
      return Optional.empty();
    }

    @Override
    public org.govmeeting.api.directory.District addDistrict(
        org.govmeeting.api.directory.NewDistrict district, Actor actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.govmeeting.api.directory.District changeDistrict(
        String id,
        org.govmeeting.api.directory.DistrictSettings settings,
        long revision,
        Actor actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> people(String unitId, Role role) {
      return List.of();
    }

    @Override
    public List<Unit> units(UnitKind kind, String supervisorId) {
      return List.of(unit("EDUCATION").orElseThrow());
    }

    @Override
    public List<Person> members() {
      return List.of();
    }

    @Override
    public List<Person> regularAttendees() {
      return List.of();
    }

    @Override
    public Person addPerson(NewPerson person, Actor actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Unit assignSupervisor(String unitId, String supervisorId, String reason, Actor actor) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<DirectoryChange> changes(String subjectId, int offset, int limit) {
      return List.of();
    }
  }

  private LocalJpaTemplate jpa;
  private MovableClock clock;
  private Policies policies;
  private Meetings meetings;
  private List<Map<String, Object>> events;
  private ReviewEngine engine;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.review");
    clock = new MovableClock(T0);
    policies = new Policies("qianjin");
    policies.add(1L, new TestPolicy("qianjin", "1.0", true), Map.of());
    meetings = new Meetings();
    events = new ArrayList<>();
    engine = new ReviewEngine(jpa, new OneUnitDirectory(), meetings, policies, events::add, clock);
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private static TopicFacts facts(long id) {
    TopicFacts f = new TopicFacts();
    f.topicId = id;
    f.leadUnitId = "EDUCATION";
    f.supervisorId = "zhao.min";
    f.consulted = true;
    return f;
  }

  private static Step step(ReviewChain c, Clause clause, Role role) {
    return c.steps.stream()
        .filter(s -> s.clause == clause && (role == null || s.role == role))
        .findFirst()
        .orElseThrow();
  }

  private ReviewChain signAll(long topic, ReviewChain c) {
    for (Step s : c.steps) {
      Actor who =
          s.clause == Clause.F4
              ? HEAD
              : s.clause == Clause.F7
                  ? SUPERVISOR
                  : s.role == Role.FINANCE_HEAD
                      ? FINANCE
                      : s.role == Role.EXECUTIVE_VICE_MAYOR ? EVM : OFFICE;
      c = engine.sign(topic, s.id, null, s.clause == Clause.F7 ? Boolean.FALSE : null, who);
    }
    return c;
  }

  @Test
  public void theInboxHoldsTheStepsOpenForThePersonOrTheirRole() {
    // rule: F4, F5 — each signer finds the step that waits for them, and only while it is open
    ReviewInbox inbox = new ReviewInbox(jpa, null);
    TopicFacts f = facts(7);
    f.fiscal = true;
    ReviewChain c = engine.start(f, 1, null, HEAD);
    List<org.govmeeting.api.inbox.InboxItem> mine = inbox.waitingFor(HEAD);
    assertEquals(1, mine.size());
    assertEquals(Clause.F4, mine.get(0).clause);
    assertEquals(Long.valueOf(7), mine.get(0).topicId);
    assertEquals(T0, mine.get(0).since);
    assertTrue("finance waits for the lead unit", inbox.waitingFor(FINANCE).isEmpty());

    clock.advance(Duration.ofHours(3));
    engine.sign(7, step(c, Clause.F4, null).id, null, HEAD);
    assertTrue("signed, it left the inbox", inbox.waitingFor(HEAD).isEmpty());
    List<org.govmeeting.api.inbox.InboxItem> finance = inbox.waitingFor(FINANCE);
    assertEquals(1, finance.size());
    assertEquals(Clause.F5, finance.get(0).clause);
    assertEquals(
        "open since the step before it was signed",
        T0.plus(Duration.ofHours(3)),
        finance.get(0).since);
    assertTrue(inbox.waitingFor(actor("someone.else", Role.DEPARTMENT_HEAD)).isEmpty());
  }

  @Test
  public void aLargeInboxIsCountedWholeAndListedAPageAtATime() {
    // rule: F4 — a unit head with many open steps: every one counted, only the newest page read
    ReviewInbox inbox = new ReviewInbox(jpa, null);
    for (long t = 31; t <= 35; t++) {
      engine.start(facts(t), 1, null, HEAD);
      clock.advance(Duration.ofMinutes(1));
    }
    org.govmeeting.api.inbox.InboxPart part = inbox.waitingFor(HEAD, 2);
    assertEquals(
        Integer.valueOf(5), part.counts.get(org.govmeeting.api.inbox.InboxItem.Kind.REVIEW_STEP));
    assertEquals(2, part.items.size());
    assertEquals("newest first", Long.valueOf(35), part.items.get(0).topicId);
    assertEquals(Long.valueOf(34), part.items.get(1).topicId);
    assertEquals(5, inbox.waitingFor(HEAD).size());
    assertTrue(inbox.waitingFor(FINANCE, 2).counts.isEmpty());
  }

  @Test
  public void chainRecordsThePolicyThatBuiltIt() {
    ReviewChain c = engine.start(facts(1), 1, null, HEAD);
    assertEquals("qianjin", c.policyDistrict);
    assertEquals("1.0", c.policyVersion);
    assertEquals(ChainState.IN_REVIEW, c.state);
    assertEquals("luo.ping", step(c, Clause.F4, null).signerId);
    assertEquals("zhao.min", step(c, Clause.F7, null).signerId);
    assertEquals(StepState.PENDING, step(c, Clause.F4, null).state);
    assertEquals(StepState.WAITING, step(c, Clause.F8, null).state);
  }

  @Test
  public void fiscalMatterNeedsBothFinanceAndTheExecutiveViceMayor_S5() {
    // rule: S5, F5
    TopicFacts f = facts(2);
    f.fiscal = true;
    ReviewChain c = engine.start(f, 1, null, HEAD);
    c = engine.sign(2, step(c, Clause.F4, null).id, null, HEAD);
    long evmStep = step(c, Clause.F5, Role.EXECUTIVE_VICE_MAYOR).id;
    try {
      engine.sign(2, evmStep, null, EVM);
      fail("the executive vice-mayor signed before Finance");
    } catch (ConflictException expected) {
      assertEquals(Clause.F5, expected.clause().orElseThrow());
      assertEquals("前序环节签署后，本环节方可办理", expected.message(false));
      assertEquals("this step opens when the steps before it are signed", expected.message(true));
    }
    c = engine.sign(2, step(c, Clause.F5, Role.FINANCE_HEAD).id, "资金已落实", FINANCE);
    assertEquals(StepState.PENDING, step(c, Clause.F5, Role.EXECUTIVE_VICE_MAYOR).state);
    c = engine.sign(2, evmStep, null, EVM);
    assertEquals(StepState.SIGNED, step(c, Clause.F5, Role.EXECUTIVE_VICE_MAYOR).state);
    assertEquals(
        Role.EXECUTIVE_VICE_MAYOR, step(c, Clause.F5, Role.EXECUTIVE_VICE_MAYOR).actorRole);
    assertEquals(ChainState.IN_REVIEW, c.state);
  }

  @Test
  public void theSupervisorsSignatureAnswersWhetherItIsTheirsToSettle_S8() {
    // rule: S8 — no answer, no signature; the answer given is on the step
    ReviewChain c = engine.start(facts(5), 1, null, HEAD);
    c = engine.sign(5, step(c, Clause.F4, null).id, null, HEAD);
    long f7 = step(c, Clause.F7, null).id;
    try {
      engine.sign(5, f7, "同意", SUPERVISOR);
      fail();
    } catch (ValidationException e) {
      assertEquals(Clause.S8, e.violations().get(0).clause());
      assertEquals("withinAuthority", e.violations().get(0).field());
    }
    assertEquals(StepState.PENDING, step(engine.chain(5, 1).orElseThrow(), Clause.F7, null).state);
    c = engine.sign(5, f7, "同意", true, SUPERVISOR);
    assertEquals(Boolean.TRUE, step(c, Clause.F7, null).withinAuthority);
    assertNull("only F7 asks", step(c, Clause.F4, null).withinAuthority);
  }

  @Test
  public void aLegalityReviewAskedForIsSignedByWhomTheDistrictsPolicyNames_F6() {
    // rule: F6 — the step joins the running chain as the policy builds it, its signer included:
    // here a district whose legality review the lead unit's head signs, not a role
    TestPolicy named = new TestPolicy("beihu", "1.0", false);
    named.legalSigner = ReviewStep.Signer.LEAD_UNIT_HEAD;
    Policies beihu = new Policies("beihu");
    beihu.add(2L, named, Map.of());
    ReviewEngine other =
        new ReviewEngine(jpa, new OneUnitDirectory(), meetings, beihu, events::add, clock);
    ReviewChain c = other.start(facts(41), 1, null, HEAD);
    TopicFacts asked = facts(41);
    asked.legalReviewAsked = true;
    c = other.addLegalReview(41, asked, "涉及土地征收补偿", STAFF);
    Step f6 = step(c, Clause.F6, null);
    assertNull("a named signer, not a role", f6.role);
    assertEquals(HEAD.personId(), f6.signerId);
    c = other.sign(41, step(c, Clause.F4, null).id, null, HEAD);
    assertEquals(StepState.PENDING, step(c, Clause.F6, null).state);
    try {
      other.sign(41, step(c, Clause.F6, null).id, null, JUSTICE);
      fail("the Justice Bureau signed a step the policy gives the lead unit's head");
    } catch (RuntimeException e) {
      assertEquals(
          Clause.F6, ((org.govmeeting.api.error.DomainException) e).clause().orElseThrow());
    }
    c = other.sign(41, step(c, Clause.F6, null).id, "合法", HEAD);
    assertEquals(StepState.SIGNED, step(c, Clause.F6, null).state);
  }

  @Test
  public void aLegalityReviewAskedForJoinsTheChainBeforeItCompletes_F6() {
    // rule: F6 — asked for in the first stage: the Justice step waits for its own stage
    ReviewChain c = engine.start(facts(31), 1, null, HEAD);
    TopicFacts asked = facts(31);
    asked.legalReviewAsked = true;
    c = engine.addLegalReview(31, asked, "涉及行政处罚权的调整", STAFF);
    Step f6 = step(c, Clause.F6, Role.JUSTICE_HEAD);
    assertEquals(2, f6.stage);
    assertEquals(StepState.WAITING, f6.state);
    assertEquals("liu.yang", f6.requestedBy);
    assertEquals("涉及行政处罚权的调整", f6.requestReason);
    c = engine.sign(31, step(c, Clause.F4, null).id, null, HEAD);
    assertEquals(StepState.PENDING, step(c, Clause.F6, Role.JUSTICE_HEAD).state);
    assertEquals(StepState.WAITING, step(c, Clause.F7, null).state);
    try {
      engine.addLegalReview(31, asked, "再次提请", STAFF);
      fail();
    } catch (ConflictException e) {
      assertEquals(Clause.F6, e.clause().orElseThrow());
    }

    // asked for at the Office's check, after its stage: it joins the open one
    c = engine.start(facts(32), 1, null, HEAD);
    c = engine.sign(32, step(c, Clause.F4, null).id, null, HEAD);
    c = engine.sign(32, step(c, Clause.F7, null).id, null, false, SUPERVISOR);
    TopicFacts late = facts(32);
    late.legalReviewAsked = true;
    c = engine.addLegalReview(32, late, "涉及合同纠纷", OFFICE);
    assertEquals(5, step(c, Clause.F6, Role.JUSTICE_HEAD).stage);
    assertEquals(StepState.PENDING, step(c, Clause.F6, Role.JUSTICE_HEAD).state);
    c = engine.sign(32, step(c, Clause.F8, null).id, null, OFFICE);
    assertEquals("not complete before the legality review", ChainState.IN_REVIEW, c.state);
    c = engine.sign(32, step(c, Clause.F6, Role.JUSTICE_HEAD).id, "合法", JUSTICE);
    assertEquals(ChainState.COMPLETE, c.state);
  }

  @Test
  public void wrongRoleIsRefusedAndNothingChanges_F8() {
    // rule: F8 — only the Office director signs the completeness check
    ReviewChain c = engine.start(facts(3), 1, null, HEAD);
    long f4 = step(c, Clause.F4, null).id;
    try {
      engine.sign(3, f4, null, SUPERVISOR);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.F4, e.clause().orElseThrow());
    }
    ReviewChain after = engine.chain(3, 1).orElseThrow();
    assertEquals(StepState.PENDING, step(after, Clause.F4, null).state);
    assertNull(step(after, Clause.F4, null).actorId);
    c = engine.sign(3, f4, null, HEAD);
    c = engine.sign(3, step(c, Clause.F7, null).id, null, false, SUPERVISOR);
    try {
      engine.sign(3, step(c, Clause.F8, null).id, null, STAFF);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.F8, e.clause().orElseThrow());
      assertEquals("本环节（F8）应由区政府办公室主任签署", e.message(false));
      assertEquals("this step is for the OFFICE_DIRECTOR to sign (F8)", e.message(true));
    }
  }

  @Test
  public void returnEndsTheChainAndANewVersionStartsAfresh() {
    ReviewChain c = engine.start(facts(4), 1, null, HEAD);
    c = engine.sign(4, step(c, Clause.F4, null).id, null, HEAD);
    c = engine.returnTopic(4, step(c, Clause.F7, null).id, "补充资金测算", SUPERVISOR);
    assertEquals(ChainState.RETURNED, c.state);
    assertEquals("补充资金测算", step(c, Clause.F7, null).comment);
    assertEquals(StepState.CANCELLED, step(c, Clause.F8, null).state);
    ReviewChain second = engine.start(facts(4), 2, null, HEAD);
    assertEquals(2, second.topicVersion);
    assertEquals(2, engine.chains(4).size());
    assertEquals(ChainState.RETURNED, engine.chains(4).get(0).state);
    assertEquals(StepState.SIGNED, step(engine.chains(4).get(0), Clause.F4, null).state);
  }

  @Test
  public void dissentBlocksUntilTheMayorLiftsS3() {
    // rule: S3
    TopicFacts f = facts(5);
    f.dissent = true;
    try {
      engine.start(f, 1, null, HEAD);
      fail();
    } catch (RuleViolationException e) {
      assertEquals(Clause.S3, e.clause().orElseThrow());
    }
    assertTrue(engine.chains(5).isEmpty());
    f.overridden = EnumSet.of(Clause.S3);
    assertEquals(ChainState.IN_REVIEW, engine.start(f, 1, null, HEAD).state);
  }

  @Test
  public void lateTopicGoesToTheNextMeeting_S9() {
    // rule: S9
    meetings.add(10, 44, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(5)));
    meetings.add(11, 45, T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(35)));
    ReviewChain c = engine.start(facts(6), 1, 10L, HEAD);
    clock.advance(Duration.ofDays(6));
    c = signAll(6, c);
    assertEquals(ChainState.COMPLETE, c.state);
    assertEquals(Long.valueOf(11), c.meetingId);
    assertTrue(c.meetingNote, c.meetingNote.startsWith("S9"));
    assertTrue(
        events.stream().anyMatch(e -> Events.TOPIC_ROLLED_OVER.equals(e.get("event.topics"))));
  }

  @Test
  public void theOfficesOwnCheckNeverMakesATopicLate_S9() {
    // rule: S9 — sent in is when every step before the Office's check is signed
    meetings.add(10, 44, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(5)));
    meetings.add(11, 45, T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(35)));
    ReviewChain c = engine.start(facts(21), 1, 10L, HEAD);
    c = engine.sign(21, step(c, Clause.F4, null).id, null, HEAD);
    c = engine.sign(21, step(c, Clause.F7, null).id, null, false, SUPERVISOR);
    Instant reachedOffice = clock.instant();
    clock.advance(Duration.ofDays(6)); // the Office checks after the cut-off
    c = engine.sign(21, step(c, Clause.F8, null).id, null, OFFICE);
    assertEquals(ChainState.COMPLETE, c.state);
    assertEquals(reachedOffice, c.sentInAt);
    assertEquals(Long.valueOf(10), c.meetingId);
    assertNull(c.meetingNote);
    assertEquals(List.of(21L), engine.compile(10, STAFF).topicIds);
  }

  @Test
  public void aTopicSentInLateWithoutAMeetingAskedForSaysWhichCutOffItMissed_S9() {
    // rule: S9
    meetings.add(10, 44, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(5)));
    meetings.add(11, 45, T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(35)));
    ReviewChain c = engine.start(facts(22), 1, null, HEAD);
    clock.advance(Duration.ofDays(6));
    c = signAll(22, c);
    assertEquals(Long.valueOf(11), c.meetingId);
    assertTrue(c.meetingNote, c.meetingNote.startsWith("S9：送达区政府办公室晚于第44次会议"));
    assertTrue(c.meetingNote, c.meetingNote.endsWith("改列第45次会议"));
  }

  @Test
  public void theMayorCannotApproveALateTopicOntoTheList_S9() {
    // rule: S9
    meetings.add(10, 44, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(5)));
    meetings.add(11, 45, T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(35)));
    signAll(23, engine.start(facts(23), 1, 10L, HEAD));
    engine.compile(10, STAFF);
    clock.advance(Duration.ofDays(6));
    ReviewChain late = signAll(24, engine.start(facts(24), 1, 10L, HEAD));
    assertEquals(Long.valueOf(11), late.meetingId);
    try {
      engine.approve(10, List.of(23L, 24L), MAYOR);
      fail("a topic sent in after the cut-off was approved onto the list");
    } catch (RuleViolationException e) {
      assertEquals(Clause.S9, e.clause().orElseThrow());
    }
    assertEquals(TopicList.State.DRAFT, engine.get(10).orElseThrow().state);
    assertEquals(ChainState.COMPLETE, engine.chain(24, 1).orElseThrow().state);
    assertEquals(TopicList.State.APPROVED, engine.approve(10, List.of(23L), MAYOR).state);
  }

  @Test
  public void topicInTimeStaysWithTheMeetingItAskedFor() {
    meetings.add(10, 44, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(5)));
    ReviewChain c = signAll(7, engine.start(facts(7), 1, 10L, HEAD));
    assertEquals(Long.valueOf(10), c.meetingId);
    assertNull(c.meetingNote);
  }

  @Test
  public void officeCompilesAndTheMayorApprovesTheTopicList_S1() {
    // rule: S1
    meetings.add(10, 44, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(5)));
    meetings.add(11, 45, T0.plus(Duration.ofDays(40)), T0.plus(Duration.ofDays(35)));
    signAll(8, engine.start(facts(8), 1, 10L, HEAD));
    signAll(9, engine.start(facts(9), 1, 10L, HEAD));
    try {
      engine.compile(10, HEAD);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.S1, e.clause().orElseThrow());
    }
    TopicList draft = engine.compile(10, STAFF);
    assertEquals(List.of(8L, 9L), draft.topicIds);
    try {
      engine.approve(10, null, OFFICE);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.S1, e.clause().orElseThrow());
    }
    TopicList approved = engine.approve(10, List.of(9L), MAYOR);
    assertEquals(TopicList.State.APPROVED, approved.state);
    assertEquals(ChainState.LISTED, engine.chain(9, 1).orElseThrow().state);
    ReviewChain leftOff = engine.chain(8, 1).orElseThrow();
    assertEquals(ChainState.COMPLETE, leftOff.state);
    assertEquals(Long.valueOf(11), leftOff.meetingId);
    try {
      engine.compile(10, STAFF);
      fail("an approved list was recompiled");
    } catch (ConflictException expected) {
      assertEquals(List.of(9L), engine.get(10).orElseThrow().topicIds);
    }
  }

  @Test
  public void eachDistrictBuildsItsChainsByThePolicyItChose() {
    policies.add(2L, new TestPolicy("dongfeng", "7", false), Map.of());
    Actor admin = actor("qin.hai", Role.PLATFORM_ADMINISTRATOR);
    try {
      engine.choosePolicy("dongfeng", "dongfeng", null, "本区规则", OFFICE);
      fail("a district's Office does not choose the platform's policies");
    } catch (org.govmeeting.api.error.AccessDeniedException expected) {
      assertFalse(engine.policyChoice("dongfeng").own);
    }
    try {
      engine.choosePolicy("dongfeng", "nowhere", "1", " ", admin);
      fail();
    } catch (org.govmeeting.api.error.ValidationException e) {
      assertEquals(
          List.of("policy", "reason"),
          e.violations().stream().map(org.govmeeting.api.error.Violation::field).toList());
    }
    try {
      engine.choosePolicy("dongfeng", "dongfeng", "8", "本区规则", admin);
      fail("a version that is not installed");
    } catch (org.govmeeting.api.error.ValidationException e) {
      assertEquals("version", e.violations().get(0).field());
    }
    org.govmeeting.api.review.PolicyChoice c =
        engine.choosePolicy("dongfeng", "dongfeng", "7", "东风区政府常务会议决定", admin);
    assertTrue(c.own);
    assertEquals("qin.hai", c.chosenBy);
    assertEquals(T0, c.chosenAt);
    assertEquals("dongfeng", c.inForce.district);

    TopicFacts f = facts(21);
    f.fiscal = true;
    ReviewChain qianjin = engine.start(f, 1, null, HEAD);
    assertEquals(
        "the other district keeps the platform's default", "qianjin", qianjin.policyDistrict);
    assertFalse(engine.policyChoice("qianjin").own);
    ReviewChain dongfeng =
        org.govmeeting.api.directory.DistrictScope.call(
            "dongfeng",
            () -> {
              TopicFacts g = facts(22);
              g.fiscal = true;
              return engine.start(g, 1, null, HEAD);
            });
    assertEquals("dongfeng", dongfeng.policyDistrict);
    assertEquals("7", dongfeng.policyVersion);
    assertEquals(
        "dongfeng",
        org.govmeeting.api.directory.DistrictScope.call(
            "dongfeng", () -> engine.activePolicy().district));
    assertEquals("qianjin", engine.activePolicy().district);
  }

  @Test
  public void swappingThePolicyNeverReshapesARunningChain() {
    TopicFacts f = facts(12);
    f.fiscal = true;
    ReviewChain before = engine.start(f, 1, null, HEAD);
    policies.add(2L, new TestPolicy("dongfeng", "7", false), Map.of());
    policies.select("dongfeng");
    TopicFacts g = facts(13);
    g.fiscal = true;
    ReviewChain after = engine.start(g, 1, null, HEAD);
    assertEquals("dongfeng", after.policyDistrict);
    assertEquals(3, after.steps.size());
    ReviewChain kept = engine.chain(12, 1).orElseThrow();
    assertEquals("qianjin", kept.policyDistrict);
    assertEquals(before.steps.size(), kept.steps.size());
  }

  @Test
  public void noPolicyMeansNoSubmission() {
    policies.remove(1L);
    try {
      engine.start(facts(14), 1, null, HEAD);
      fail();
    } catch (UnavailableException expected) {
      assertTrue(engine.chains(14).isEmpty());
    }
  }

  @Test
  public void lateUnbindOfAnOldPolicyKeepsItsReplacement() {
    policies.add(2L, new TestPolicy("qianjin", "2.0", true), Map.of());
    policies.remove(1L);
    assertEquals("2.0", policies.active().version);
    policies.add(3L, new TestPolicy("qianjin", "2.10", true), Map.of());
    assertEquals("2.10", policies.active().version);
    policies.remove(2L);
    assertEquals("2.10", policies.active().version);
  }

  @Test
  public void reviewersAreKnownForVisibility() {
    TopicFacts f = facts(15);
    f.fiscal = true;
    engine.start(f, 1, null, HEAD);
    assertTrue(engine.involves(15, FINANCE));
    assertTrue(engine.involves(15, SUPERVISOR));
    assertFalse(engine.involves(15, actor("xu.li", Role.JUSTICE_HEAD)));
    assertEquals(List.of(15L), engine.topicsInvolving(FINANCE));
    assertEquals(
        Set.of(ChainState.IN_REVIEW.name()),
        events.stream()
            .filter(e -> Events.REVIEW_CHANGED.equals(e.get("event.topics")))
            .map(e -> e.get(Events.STATE))
            .collect(Collectors.toSet()));
  }

  @Test
  public void eachStepThatOpensIsAnnouncedToItsSigner() {
    // rule: F4, F5 — the signer is told when a step opens, once, when its stage opens
    TopicFacts f = facts(16);
    f.fiscal = true;
    ReviewChain c = engine.start(f, 1, null, HEAD);
    assertEquals(List.of("luo.ping"), opened("signerId"));
    events.clear();
    engine.sign(16, step(c, Clause.F4, null).id, null, HEAD);
    assertEquals("the finance head's stage opened", List.of("FINANCE_HEAD"), opened("role"));
    events.clear();
    engine.sign(16, step(c, Clause.F5, Role.FINANCE_HEAD).id, null, FINANCE);
    assertEquals(List.of("EXECUTIVE_VICE_MAYOR"), opened("role"));
  }

  private List<Object> opened(String key) {
    return events.stream()
        .filter(e -> Events.REVIEW_STEP_OPENED.equals(e.get("event.topics")))
        .map(e -> key.equals("signerId") ? e.get(Events.PERSON_ID) : e.get(Events.ROLE))
        .collect(Collectors.toList());
  }
}

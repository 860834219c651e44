package org.govmeeting.intake.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.StaleRevisionException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.persistence.Chunks;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.PublicConsultation;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicStatus;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.MovableClock;
import org.govmeeting.testsupport.Stubs;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Intake through its service interface, on the real persistence unit, the review stubbed. */
public class TopicIntakeTest {
  static final Actor CLERK =
      new Actor("xie.yu", "谢雨", EnumSet.of(Role.DEPARTMENT_STAFF), "EDUCATION");
  static final Actor OUTSIDER =
      new Actor("qian.li", "钱丽", EnumSet.of(Role.DEPARTMENT_STAFF), "FINANCE");
  static final Actor SUPERVISOR = new Actor("zhao.min", "赵敏", EnumSet.of(Role.VICE_MAYOR), "GOV");
  static final Actor MAYOR = new Actor("li.jianguo", "李建国", EnumSet.of(Role.MAYOR), "GOV");

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private LocalJpaTemplate jpa;
  private final List<TopicFacts> started = new ArrayList<>();
  private final List<String> closed = new ArrayList<>();
  private TopicIntake intake;
  private final MovableClock clock = new MovableClock(T0);

  /** The district's zone as the directory's setting has it. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  /** The facts each legality review was asked for with (F6). */
  private final List<TopicFacts> legalReviews = new ArrayList<>();

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.intake");
    Directory directory =
        Stubs.only(
            Directory.class,
            Map.of(
                "zone", a -> zone,
                "unit", a -> unit((String) a[0]),
                "units",
                    a -> List.of(unit("EDUCATION").orElseThrow(), unit("FINANCE").orElseThrow()),
                "person", a -> Optional.of(person((String) a[0]))));
    ReviewService review =
        Stubs.only(
            ReviewService.class,
            Map.of(
                "findings",
                a -> List.of(),
                "start",
                a -> {
                  started.add((TopicFacts) a[0]);
                  ReviewChain c = new ReviewChain();
                  c.topicId = ((TopicFacts) a[0]).topicId;
                  c.topicVersion = (Integer) a[1];
                  c.policyDistrict = "qianjin";
                  c.policyVersion = "1.0";
                  c.state = ChainState.IN_REVIEW;
                  c.steps = List.of();
                  return c;
                },
                "close",
                a -> {
                  closed.add((String) a[1]);
                  return null;
                },
                "sign",
                a -> {
                  Step f7 = new Step();
                  f7.id = (Long) a[1];
                  f7.clause = Clause.F7;
                  f7.state = StepState.SIGNED;
                  f7.withinAuthority = (Boolean) a[3];
                  ReviewChain c = new ReviewChain();
                  c.topicId = (Long) a[0];
                  c.topicVersion = 1;
                  c.state = ChainState.IN_REVIEW;
                  c.steps = List.of(f7);
                  return c;
                },
                "chain",
                a -> Optional.empty(),
                "addLegalReview",
                a -> {
                  legalReviews.add((TopicFacts) a[1]);
                  return new ReviewChain();
                },
                "involves",
                a -> false,
                "topicsInvolving",
                a -> List.of(),
                "activePolicy",
                a -> {
                  PolicyInfo p = new PolicyInfo();
                  p.overridable = List.of(Clause.S1, Clause.S3, Clause.S8);
                  return p;
                }));
    intake = new TopicIntake(jpa, directory, review, clock, 1024 * 1024);
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private static Optional<Unit> unit(String id) {
    if (!"EDUCATION".equals(id) && !"FINANCE".equals(id)) {
      return Optional.empty();
    }
    Unit u = new Unit();
    u.id = id;
    u.supervisorId = "zhao.min";
    u.headId = "EDUCATION".equals(id) ? "luo.ping" : "qian.jun";
    return Optional.of(u);
  }

  private static Person person(String id) {
    Person p = new Person();
    p.id = id;
    p.roles = List.of();
    p.unitId =
        Map.of("xie.yu", "EDUCATION", "qian.li", "FINANCE", "zhao.min", "GOV", "li.jianguo", "GOV")
            .get(id);
    return p;
  }

  /** A form that passes the form's own rules, of the Education Bureau. */
  private static TopicForm form(String name) {
    TopicForm f = FormRulesTest.complete();
    f.name = name;
    return f;
  }

  @Test
  public void aTopicRaisedOutsideItsDepartmentNeedsTheMayor_S1() {
    // rule: S1 — 原则上 the department raises it; a vice-mayor may, with the mayor's exception
    try {
      intake.create(form("财政局替教育局提出的议题"), OUTSIDER);
      fail("another department's clerk raised a topic for Education");
    } catch (AccessDeniedException expected) {
      assertEquals(Clause.S1, expected.clause().orElseThrow());
    }
    Topic t = intake.create(form("关于校园周边交通整治的议题"), SUPERVISOR);
    assertEquals("EDUCATION", t.form.leadUnitId);
    assertTrue("the lead unit sees it", intake.get(t.id, CLERK).isPresent());
    try {
      intake.submit(t.id, SUPERVISOR);
      fail("submitted without the mayor's exception");
    } catch (RuleViolationException e) {
      assertEquals(Clause.S1, e.clause().orElseThrow());
    }
    assertTrue("nothing started", started.isEmpty());
    assertEquals(TopicStatus.DRAFT, intake.get(t.id, SUPERVISOR).orElseThrow().status);
    intake.override(t.id, Clause.S1, "区长交办，由分管副区长牵头提出", MAYOR);
    assertEquals(TopicStatus.IN_REVIEW, intake.submit(t.id, SUPERVISOR).status);
    assertTrue(started.get(0).overridden.contains(Clause.S1));
    // the department's own topic needs nothing of the kind
    Topic own = intake.create(form("关于教师培训的议题"), CLERK);
    assertEquals(TopicStatus.IN_REVIEW, intake.submit(own.id, CLERK).status);
  }

  @Test
  public void aTopicIsFiledEditedGivenAFileAndSubmitted() {
    // rule: F1, P1
    Topic t = intake.create(form("校舍改造"), CLERK);
    assertEquals(TopicStatus.DRAFT, t.status);
    assertEquals("EDUCATION", t.form.leadUnitId);
    assertEquals("zhao.min", t.supervisorId);
    try {
      intake.update(t.id, form("改名"), t.revision + 5, CLERK);
      fail("a stale revision was accepted");
    } catch (StaleRevisionException expected) {
      assertEquals("校舍改造", intake.get(t.id, CLERK).orElseThrow().form.name);
    }
    Topic edited = intake.update(t.id, form("校舍改造（修订）"), t.revision, CLERK);
    assertEquals("校舍改造（修订）", edited.form.name);
    byte[] content = "方案".getBytes(StandardCharsets.UTF_8);
    MaterialFile f =
        intake.addFile(
            t.id,
            MaterialFile.Kind.IMPLEMENTATION_OPINION,
            "a/方案.pdf",
            null,
            new ByteArrayInputStream(content),
            CLERK);
    assertEquals("方案.pdf", f.fileName);
    assertEquals("application/octet-stream", f.contentType);
    assertArrayEquals(content, download(t.id, f.id, CLERK));
    Topic submitted = intake.submit(t.id, CLERK);
    assertEquals(TopicStatus.IN_REVIEW, submitted.status);
    assertEquals(1, submitted.version);
    assertEquals(1, submitted.files.size());
    assertEquals(t.id, started.get(0).topicId);
    try {
      intake.update(t.id, form("再改"), null, CLERK);
      fail("a topic in review was edited");
    } catch (ConflictException expected) {
      // the lead unit edits only a draft or a returned topic
    }
    var history = intake.history(t.id, CLERK);
    assertEquals(
        List.of("CREATED", "EDITED", "FILE_ADDED", "SUBMITTED"),
        history.events.stream().map(e -> e.kind).collect(Collectors.toList()));
    assertEquals(1, history.revisions.size());
    assertEquals("校舍改造（修订）", history.revisions.get(0).form.name);
  }

  /** A normative document whose consultation's last day is {@code to}, with no P2 flag. */
  private static TopicForm normative(LocalDate to) {
    TopicForm f = form("关于印发校外培训机构管理办法的议题");
    f.category = Category.NORMATIVE_DOCUMENT;
    f.normativeDocument = true;
    f.needsInterpretation = false;
    f.interpretation = new Interpretation();
    f.interpretation.background = "背景缘由";
    f.interpretation.basis = "政策依据";
    f.interpretation.unitsConcerned = "涉及单位";
    f.interpretation.beneficiaries = "受益群体";
    f.interpretation.content = "主要内容";
    f.interpretation.benefitChannels = "受益渠道";
    f.interpretation.procedure = "操作程序";
    f.publicConsultation = new PublicConsultation();
    f.publicConsultation.from = to.minusDays(30);
    f.publicConsultation.to = to;
    f.publicConsultation.channel = "区政府门户网站";
    f.publicConsultation.comments = 5;
    f.publicConsultation.handling = "全部采纳";
    return f;
  }

  @Test
  public void aNormativeDocumentIsSubmittedOnlyAfterItsConsultationEnded_S4_P2() {
    // rule: S4 — the period ended before the day of submission, in the district's calendar
    // rule: P2 — the policy is told that a normative document needs its interpretation
    clock.set(Instant.parse("2026-02-28T15:00:00Z")); // 2026-02-28 23:00 in Qianjin
    Topic t = intake.create(normative(LocalDate.of(2026, 2, 28)), CLERK);
    try {
      intake.submit(t.id, CLERK);
      fail("submitted on the consultation's last day");
    } catch (ValidationException e) {
      assertEquals(Clause.S4, e.clause().orElseThrow());
      assertEquals("publicConsultation.to", e.field());
    }
    assertTrue("no chain, so no Justice step to sign", started.isEmpty());
    assertEquals(TopicStatus.DRAFT, intake.get(t.id, CLERK).orElseThrow().status);
    clock.set(Instant.parse("2026-02-28T16:00:00Z")); // 2026-03-01 00:00 in Qianjin, not in UTC
    intake.submit(t.id, CLERK);
    TopicFacts facts = started.get(0);
    assertTrue(facts.normativeDocument);
    assertTrue(facts.publicConsultationDone);
    assertTrue("needsInterpretation follows the document, not the flag", facts.needsInterpretation);
  }

  @Test
  public void theDayOfSubmissionIsTheConfiguredZonesDay_S4() {
    // rule: S4 — "today" is the district's day: Urumqi (UTC+6) ends 2026-02-28 two hours after
    // Shanghai does
    zone = ZoneId.of("Asia/Urumqi");
    clock.set(Instant.parse("2026-02-28T16:00:00Z")); // 22:00 in Urumqi, already 3-01 in Shanghai
    Topic t = intake.create(normative(LocalDate.of(2026, 2, 28)), CLERK);
    try {
      intake.submit(t.id, CLERK);
      fail("submitted on the consultation's last day in Urumqi");
    } catch (ValidationException e) {
      assertEquals(Clause.S4, e.clause().orElseThrow());
      assertTrue(e.message(false), e.message(false).contains("今天是2026-02-28"));
    }
    clock.set(Instant.parse("2026-02-28T18:00:00Z")); // 2026-03-01 00:00 in Urumqi
    intake.submit(t.id, CLERK);
    assertTrue(started.get(0).publicConsultationDone);
  }

  @Test
  public void aNormativeDocumentWithoutItsInterpretationStartsNoChain_P2() {
    // rule: P2
    TopicForm f = normative(LocalDate.of(2026, 2, 1));
    f.interpretation = null;
    Topic t = intake.create(f, CLERK);
    try {
      intake.submit(t.id, CLERK);
      fail("a normative document without its interpretation was submitted");
    } catch (ValidationException e) {
      assertEquals(Clause.P2, e.clause().orElseThrow());
    }
    assertTrue(started.isEmpty());
  }

  @Test
  public void aDraftIsSeenByItsUnitAndTheMayorOnly() {
    Topic t = intake.create(form("草稿"), CLERK);
    assertTrue(intake.get(t.id, MAYOR).isPresent());
    assertFalse(intake.get(t.id, OUTSIDER).isPresent());
    assertFalse(intake.get(t.id, SUPERVISOR).isPresent());
    assertEquals(0, intake.list(new TopicQuery(), OUTSIDER).total);
    intake.submit(t.id, CLERK);
    assertTrue(intake.get(t.id, SUPERVISOR).isPresent());
    assertEquals(1, intake.list(new TopicQuery(), SUPERVISOR).total);
  }

  @Test
  public void theMayorLiftsS8AndTheSupervisorCanNoLongerSettle() {
    // rule: S8
    Topic t = intake.submit(intake.create(form("可自行处理"), CLERK).id, CLERK);
    try {
      intake.override(t.id, Clause.S8, "需上会", SUPERVISOR);
      fail();
    } catch (AccessDeniedException expected) {
      assertTrue(intake.get(t.id, MAYOR).orElseThrow().overrides.isEmpty());
    }
    Topic lifted = intake.override(t.id, Clause.S8, "需上会", MAYOR);
    assertEquals(Clause.S8, lifted.overrides.get(0).clause);
    try {
      intake.settle(t.id, "自行处理", SUPERVISOR);
      fail();
    } catch (RuleViolationException e) {
      assertEquals(Clause.S8, e.clause().orElseThrow());
    }
    Topic withdrawn = intake.withdraw(t.id, "不再需要", CLERK);
    assertEquals(TopicStatus.WITHDRAWN, withdrawn.status);
    assertEquals(List.of("withdrawn: 不再需要"), closed);
    assertEquals(
        List.of(lifted.overrides.get(0).clause), intake.summaries(List.of(t.id)).get(0).overridden);
  }

  @Test
  public void theSupervisorsYesAtF7SettlesTheTopicUnlessTheMayorKeptIt_S8() {
    // rule: S8 — what the supervisor can settle within their authority is not submitted
    Topic no = intake.submit(intake.create(form("须上会研究"), CLERK).id, CLERK);
    intake.signReview(no.id, 9L, "同意", false, SUPERVISOR);
    assertEquals(TopicStatus.IN_REVIEW, intake.get(no.id, CLERK).orElseThrow().status);

    Topic yes = intake.submit(intake.create(form("可自行协调"), CLERK).id, CLERK);
    intake.signReview(yes.id, 9L, "已协调相关部门办理", true, SUPERVISOR);
    Topic settled = intake.get(yes.id, CLERK).orElseThrow();
    assertEquals(TopicStatus.SETTLED, settled.status);
    assertEquals("已协调相关部门办理", settled.closingNote);
    assertEquals(List.of("settled: 已协调相关部门办理"), closed);

    Topic kept = intake.submit(intake.create(form("区长要求上会"), CLERK).id, CLERK);
    intake.override(kept.id, Clause.S8, "涉及多个部门，需集体研究", MAYOR);
    intake.signReview(kept.id, 9L, null, true, SUPERVISOR);
    assertEquals(TopicStatus.IN_REVIEW, intake.get(kept.id, CLERK).orElseThrow().status);
    assertEquals("the mayor's lift keeps it for the meeting", 1, closed.size());
  }

  @Test
  public void theReporterIsTheSupervisorOrTheHeadOrWhomTheMayorDesignates_D1() {
    // rule: D1 — the supervising vice-mayor or the lead department's head reports the topic
    TopicForm byClerk = form("由科员汇报的议题");
    byClerk.reporterId = "xie.yu";
    Topic t = intake.create(byClerk, CLERK);
    try {
      intake.submit(t.id, CLERK);
      fail();
    } catch (ValidationException e) {
      assertEquals(Clause.D1, e.violations().get(0).clause());
      assertEquals("reporterId", e.violations().get(0).field());
    }
    try {
      intake.designateReporter(t.id, "xie.yu", "熟悉情况", SUPERVISOR);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.D1, e.clause().orElseThrow());
    }
    Topic named = intake.designateReporter(t.id, "xie.yu", "局长出国考察，由经办人汇报", MAYOR);
    assertEquals("xie.yu", named.reporterDesignation.personId);
    assertEquals("li.jianguo", named.reporterDesignation.designatedBy);
    assertEquals("局长出国考察，由经办人汇报", named.reporterDesignation.reason);
    assertEquals(TopicStatus.IN_REVIEW, intake.submit(t.id, CLERK).status);

    TopicForm bySupervisor = form("由分管副区长汇报的议题");
    bySupervisor.reporterId = "zhao.min";
    Topic s = intake.create(bySupervisor, CLERK);
    assertEquals(TopicStatus.IN_REVIEW, intake.submit(s.id, CLERK).status);
  }

  @Test
  public void theOfficeOrTheSupervisorSendsAMatterForLegalityReview_F6() {
    // rule: F6 — 其他法律性较强的事项: the Office or the supervising vice-mayor asks for it
    Topic t = intake.submit(intake.create(form("关于调整行政执法权限的议题"), CLERK).id, CLERK);
    assertFalse(started.get(started.size() - 1).legalReviewAsked);
    try {
      intake.askLegalReview(t.id, "涉及执法权限", CLERK);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals(Clause.F6, e.clause().orElseThrow());
    }
    Topic asked = intake.askLegalReview(t.id, "涉及行政执法权限调整，法律性较强", SUPERVISOR);
    assertEquals("zhao.min", asked.legalReviewRequest.askedBy);
    assertEquals("涉及行政执法权限调整，法律性较强", asked.legalReviewRequest.reason);
    assertEquals(1, legalReviews.size());
    assertTrue(legalReviews.get(0).legalReviewAsked);
    try {
      intake.askLegalReview(t.id, "再次提请", SUPERVISOR);
      fail();
    } catch (ConflictException e) {
      assertEquals(Clause.F6, e.clause().orElseThrow());
    }
  }

  @Test
  public void refusalsSpeakChineseFirstAndEnglishOnRequest() {
    // rule: S8 — the clause stays with the message in either language
    Topic t = intake.submit(intake.create(form("可自行处理"), CLERK).id, CLERK);
    try {
      intake.settle(t.id, "自行处理", MAYOR);
      fail();
    } catch (AccessDeniedException e) {
      assertEquals("只有该议题的分管领导（zhao.min）可以协调办结", e.message(false));
      assertEquals("only the topic's supervisor (zhao.min) settles it", e.message(true));
      assertEquals(e.getMessage(), e.message(true));
    }
    try {
      intake.withdraw(t.id, " ", CLERK);
      fail();
    } catch (ValidationException e) {
      assertEquals("reason", e.field());
      assertEquals("请填写撤回理由", e.message(false));
      assertEquals("reason is required", e.message(true));
    }
    intake.withdraw(t.id, "不再需要", CLERK);
    try {
      intake.update(t.id, form("改"), null, CLERK);
      fail();
    } catch (ConflictException e) {
      assertEquals("该议题当前状态为“已撤回”，不能再修改", e.message(false));
      assertEquals("the topic is WITHDRAWN and can no longer be changed", e.message(true));
    }
    try {
      intake.submit(t.id + 99, CLERK);
      fail();
    } catch (org.govmeeting.api.error.NotFoundException e) {
      assertEquals("议题“" + (t.id + 99) + "”不存在", e.message(false));
      assertEquals("topic '" + (t.id + 99) + "' does not exist", e.message(true));
    }
  }

  @Test
  public void aReviewOutcomeMovesTheTopicOfItsVersionOnly() {
    Topic t = intake.submit(intake.create(form("审核"), CLERK).id, CLERK);
    intake.reviewChanged(t.id, 2, ChainState.RETURNED, null, null, "zhao.min");
    assertEquals(TopicStatus.IN_REVIEW, intake.get(t.id, CLERK).orElseThrow().status);
    intake.reviewChanged(t.id, 1, ChainState.COMPLETE, 10L, null, null);
    Topic ready = intake.get(t.id, CLERK).orElseThrow();
    assertEquals(TopicStatus.READY, ready.status);
    assertEquals(Long.valueOf(10), ready.meetingId);
    TopicQuery q = new TopicQuery();
    q.status = TopicStatus.READY;
    assertEquals(List.of(t.id), ids(intake.list(q, MAYOR)));
  }

  @Test
  public void pagesShowEachWriteAtOnce() {
    Topic a = intake.create(form("甲"), CLERK);
    Topic b = intake.create(form("乙"), CLERK);
    assertEquals(List.of(b.id, a.id), ids(intake.list(new TopicQuery(), CLERK)));
    intake.update(a.id, form("甲（改）"), null, CLERK);
    Page<Topic> page = intake.list(new TopicQuery(), CLERK);
    assertEquals("甲（改）", page.items.get(1).form.name);
    assertEquals(2, page.total);
  }

  @Test
  public void aCallerCannotAlterTheTopicsOthersAreShown() {
    Topic a = intake.create(form("甲"), CLERK);
    intake.addFile(
        a.id,
        MaterialFile.Kind.EXPLANATION,
        "说明.pdf",
        null,
        new ByteArrayInputStream(new byte[] {1}),
        CLERK);
    intake.override(a.id, Clause.S3, "紧急事项", MAYOR);
    Topic mine = intake.list(new TopicQuery(), CLERK).items.get(0);
    mine.overrides.get(0).reason = "改";
    mine.form.name = "乙";
    mine.form.explanation.background = "改";
    mine.status = TopicStatus.READY;
    mine.files.get(0).fileName = "假.pdf";
    // The same page again is answered from what intake kept: it must not show the change.
    Topic shown = intake.list(new TopicQuery(), MAYOR).items.get(0);
    assertEquals("甲", shown.form.name);
    assertEquals("背景", shown.form.explanation.background);
    assertEquals(TopicStatus.DRAFT, shown.status);
    assertEquals("说明.pdf", shown.files.get(0).fileName);
    assertEquals("紧急事项", shown.overrides.get(0).reason);
    assertEquals(shown.revision, intake.list(new TopicQuery(), CLERK).items.get(0).revision);
    assertEquals("甲", intake.list(new TopicQuery(), CLERK).items.get(0).form.name);
  }

  private static List<Long> ids(Page<Topic> page) {
    return page.items.stream().map(t -> t.id).collect(Collectors.toList());
  }

  private byte[] download(long topic, long file, Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertEquals(
          intake.describeFile(topic, file, actor).size, intake.writeFile(topic, file, actor, out));
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
  public void aFileAtTheLimitIsStoredInRowsAndReadBackWhole() throws Exception {
    // rule: P1 — the bytes and their SHA-256 as uploaded, whatever the file's size
    Topic t = intake.create(form("大文件"), CLERK);
    byte[] content = new byte[1024 * 1024]; // intake's limit in this test
    new Random(14).nextBytes(content);
    // A stream that hands out a few bytes per read, as a network does: rows are still full.
    java.io.InputStream trickle =
        new java.io.FilterInputStream(new ByteArrayInputStream(content)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1000));
          }
        };
    MaterialFile f =
        intake.addFile(
            t.id, MaterialFile.Kind.EXPLANATION, "图纸.pdf", "application/pdf", trickle, CLERK);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    assertEquals(sha, f.sha256);
    assertEquals(content.length, f.size);
    assertEquals(content.length / Chunks.SIZE, rows("FileChunkRecord"));
    assertArrayEquals(content, download(t.id, f.id, CLERK));
    assertEquals(sha, intake.describeFile(t.id, f.id, CLERK).sha256);
    try {
      download(t.id, f.id, OUTSIDER);
      fail("another unit read a draft's file");
    } catch (org.govmeeting.api.error.NotFoundException expected) {
      // as if it did not exist
    }
  }

  @Test
  public void aFileOneByteOverTheLimitIsRefusedAndNothingOfItKept() {
    Topic t = intake.create(form("超限"), CLERK);
    byte[] content = new byte[1024 * 1024 + 1];
    new Random(15).nextBytes(content);
    try {
      intake.addFile(
          t.id,
          MaterialFile.Kind.EXPLANATION,
          "大.pdf",
          null,
          new ByteArrayInputStream(content),
          CLERK);
      fail("a file over the limit was stored");
    } catch (ValidationException expected) {
      assertEquals("content", expected.field());
    }
    assertEquals(0, rows("FileChunkRecord"));
    assertEquals(0, rows("FileRecord"));
    Topic after = intake.get(t.id, CLERK).orElseThrow();
    assertTrue(after.files.isEmpty());
    assertEquals(t.revision, after.revision);
  }

  @Test
  public void anEmptyFileIsRefused() {
    Topic t = intake.create(form("空文件"), CLERK);
    try {
      intake.addFile(
          t.id,
          MaterialFile.Kind.EXPLANATION,
          "空.pdf",
          null,
          new ByteArrayInputStream(new byte[0]),
          CLERK);
      fail("an empty file was stored");
    } catch (ValidationException expected) {
      assertEquals("content", expected.field());
    }
    assertEquals(0, rows("FileRecord"));
  }

  @Test
  public void anotherUnitsCallerIsRefusedBeforeTheBodyIsRead() {
    Topic t = intake.create(form("他人的议题"), CLERK);
    boolean[] read = {false};
    java.io.InputStream body =
        new java.io.InputStream() {
          @Override
          public int read() {
            read[0] = true;
            return -1;
          }
        };
    try {
      intake.addFile(t.id, MaterialFile.Kind.EXPLANATION, "x.pdf", null, body, OUTSIDER);
      fail("another unit uploaded to a draft");
    } catch (RuntimeException expected) {
      // not its topic
    }
    assertFalse(read[0]);
  }
}

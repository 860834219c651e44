package org.govmeeting.intake.internal;

import static org.govmeeting.intake.internal.TopicIntakeTest.CLERK;
import static org.govmeeting.intake.internal.TopicIntakeTest.MAYOR;
import static org.govmeeting.intake.internal.TopicIntakeTest.OUTSIDER;
import static org.govmeeting.intake.internal.TopicIntakeTest.SUPERVISOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Page;
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

/** Topic pages and their tags, through intake's service, on the real persistence unit. */
public class TopicPagesTest {
  /** A vice-mayor who supervises none of the Education Bureau's topics. */
  static final Actor OTHER_VICE_MAYOR =
      new Actor("sun.hao", "孙浩", EnumSet.of(Role.VICE_MAYOR), "GOV");

  private LocalJpaTemplate jpa;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T00:00:00Z"));

  /** The topics in whose review the caller has a step, as the review module would answer. */
  private final List<Long> reviewing = new ArrayList<>();

  private TopicIntake intake;

  /** The district's zone as the directory answers it. */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.intake");
    Directory directory =
        Stubs.only(
            Directory.class,
            Map.of(
                "zone",
                a -> zone,
                "unit",
                a -> Optional.of(directoryUnit((String) a[0])),
                "units",
                a -> List.of(directoryUnit("EDUCATION"), directoryUnit("FINANCE")),
                "person",
                a -> {
                  Person p = new Person();
                  p.id = (String) a[0];
                  p.roles = List.of();
                  // Each clerk of the unit they file for: a topic raised by its own department.
                  p.unitId = Map.of("xie.yu", "EDUCATION", "qian.li", "FINANCE").get(p.id);
                  return Optional.of(p);
                }));
    ReviewService review =
        Stubs.only(
            ReviewService.class,
            Map.of(
                "findings",
                a -> List.of(),
                "start",
                a -> {
                  ReviewChain c = new ReviewChain();
                  c.topicId = ((org.govmeeting.api.policy.TopicFacts) a[0]).topicId;
                  c.topicVersion = (Integer) a[1];
                  c.state = ChainState.IN_REVIEW;
                  c.steps = List.of();
                  return c;
                },
                "topicsInvolving",
                a -> new ArrayList<>(reviewing),
                "involves",
                a -> reviewing.contains((Long) a[0]),
                "activePolicy",
                a -> {
                  var p = new org.govmeeting.api.review.PolicyInfo();
                  p.overridable = List.of(Clause.S3);
                  return p;
                }));
    intake = new TopicIntake(jpa, directory, review, clock, 1024 * 1024);
  }

  private static Unit directoryUnit(String id) {
    Unit u = new Unit();
    u.id = id;
    u.supervisorId = "zhao.min";
    u.headId = "EDUCATION".equals(id) ? "luo.ping" : "qian.jun";
    return u;
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private Topic file(String name) {
    // Each act a little later, as on a real clock: a write at the very same instant would not
    // change a row's time, and a file or an override moves a topic's revision through its time.
    clock.advance(Duration.ofSeconds(1));
    TopicForm f = FormRulesTest.complete();
    f.name = name;
    return intake.create(f, CLERK);
  }

  private static TopicQuery unit(String unitId) {
    TopicQuery q = new TopicQuery();
    q.unitId = unitId;
    return q;
  }

  private static List<Long> ids(Page<Topic> page) {
    return page.items.stream().map(t -> t.id).collect(Collectors.toList());
  }

  @Test
  public void aTagStandsWhileNothingIsWrittenAndMovesWhenATopicOnThePageIs() {
    Topic a = file("甲");
    file("乙");
    TopicQuery q = unit("EDUCATION");
    String tag = intake.pageTag(q, CLERK);
    assertEquals("nothing written, nothing moved", tag, intake.pageTag(q, CLERK));
    intake.list(q, CLERK);
    assertEquals("a read moves nothing", tag, intake.pageTag(q, CLERK));

    TopicForm edited = FormRulesTest.complete();
    edited.name = "甲（改）";
    intake.update(a.id, edited, null, CLERK);
    String afterEdit = intake.pageTag(q, CLERK);
    assertNotEquals("an edit of a topic on the page", tag, afterEdit);
    assertEquals("甲（改）", intake.list(q, CLERK).items.get(1).form.name);

    clock.advance(Duration.ofSeconds(1));
    intake.override(a.id, Clause.S3, "紧急事项", MAYOR);
    assertNotEquals("an override of the mayor", afterEdit, intake.pageTag(q, CLERK));
  }

  @Test
  public void anotherZoneIsAnotherTag() {
    // The API writes a page's times with the district's offset: the same topics in another zone
    // are other bytes, so a page kept under the old tag must not be sent again.
    file("甲");
    TopicQuery q = unit("EDUCATION");
    String shanghai = intake.pageTag(q, CLERK);
    zone = ZoneId.of("Asia/Urumqi");
    String urumqi = intake.pageTag(q, CLERK);
    assertNotEquals(shanghai, urumqi);
    assertEquals("nothing else moved", urumqi, intake.pageTag(q, CLERK));
    zone = ZoneId.of("Asia/Shanghai");
    assertEquals(shanghai, intake.pageTag(q, CLERK));
  }

  @Test
  public void aTopicEnteringOrLeavingTheFilterMovesTheTag() {
    Topic a = file("甲");
    TopicQuery drafts = unit("EDUCATION");
    drafts.status = TopicStatus.DRAFT;
    String before = intake.pageTag(drafts, CLERK);
    Topic b = file("乙");
    String entered = intake.pageTag(drafts, CLERK);
    assertNotEquals("a new draft enters", before, entered);
    assertEquals(List.of(b.id, a.id), ids(intake.list(drafts, CLERK)));

    intake.submit(a.id, CLERK);
    assertNotEquals("a submitted topic leaves the drafts", entered, intake.pageTag(drafts, CLERK));
    assertEquals(List.of(b.id), ids(intake.list(drafts, CLERK)));
  }

  @Test
  public void aFailedWriteLeavesTheTag() {
    Topic a = file("甲");
    TopicQuery q = unit("EDUCATION");
    String tag = intake.pageTag(q, CLERK);
    try {
      intake.update(a.id, FormRulesTest.complete(), a.revision + 7, CLERK);
      fail("a stale revision was accepted");
    } catch (RuntimeException expected) {
      // refused, nothing written
    }
    assertEquals(tag, intake.pageTag(q, CLERK));
  }

  @Test
  public void callersWhoSeeDifferentTopicsGetDifferentTags() {
    Topic a = file("甲");
    file("乙");
    intake.submit(a.id, CLERK);
    TopicQuery q = unit("EDUCATION");
    // The bureau sees both; Finance's clerk nothing; the supervisor the submitted one; another
    // vice-mayor nothing, until they have a step in its review.
    assertEquals(2, intake.list(q, CLERK).total);
    assertEquals(0, intake.list(q, OUTSIDER).total);
    assertEquals(List.of(a.id), ids(intake.list(q, SUPERVISOR)));
    assertEquals(0, intake.list(q, OTHER_VICE_MAYOR).total);
    List<String> tags =
        List.of(
            intake.pageTag(q, CLERK),
            intake.pageTag(q, OUTSIDER),
            intake.pageTag(q, SUPERVISOR),
            intake.pageTag(q, OTHER_VICE_MAYOR));
    assertEquals(tags.toString(), 4, tags.stream().distinct().count());
    // Finance's clerk and the other vice-mayor both see nothing here, by different rules: still
    // two tags, so that neither could ever be answered with a page made for the other.
    reviewing.add(a.id);
    String reviewer = intake.pageTag(q, OTHER_VICE_MAYOR);
    assertNotEquals("a step in the review widens what they see", tags.get(3), reviewer);
    assertEquals(List.of(a.id), ids(intake.list(q, OTHER_VICE_MAYOR)));
    // The mayor sees every topic, as the bureau sees its own: one statement, one page, one tag.
    assertEquals(intake.pageTag(q, CLERK), intake.pageTag(q, MAYOR));
    assertEquals(ids(intake.list(q, CLERK)), ids(intake.list(q, MAYOR)));
    assertNotEquals(
        "another query", intake.pageTag(q, CLERK), intake.pageTag(new TopicQuery(), CLERK));
    TopicQuery second = unit("EDUCATION");
    second.offset = 1;
    assertNotEquals("another page", intake.pageTag(q, CLERK), intake.pageTag(second, CLERK));
  }

  @Test
  public void theReviewersTopicsMakeOneTagWhateverTheirOrder() {
    Topic a = file("甲");
    Topic b = file("乙");
    intake.submit(a.id, CLERK);
    intake.submit(b.id, CLERK);
    TopicQuery q = unit("EDUCATION");
    reviewing.addAll(List.of(a.id, b.id));
    String tag = intake.pageTag(q, OTHER_VICE_MAYOR);
    reviewing.clear();
    reviewing.addAll(List.of(b.id, a.id));
    assertEquals(tag, intake.pageTag(q, OTHER_VICE_MAYOR));
  }

  @Test
  public void theTagIsFoundWithoutReadingATopic() throws Exception {
    file("甲");
    TopicQuery q = unit("EDUCATION");
    String tag = intake.pageTag(q, CLERK);
    jpa.tx(
        TransactionType.Required,
        em -> {
          try (Statement s = em.unwrap(Connection.class).createStatement()) {
            s.execute(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '2')");
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
    // Another transaction holds the whole topic table: any read of a topic row waits for it.
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                jpa.tx(
                    TransactionType.Required,
                    em -> {
                      try (Statement s = em.unwrap(Connection.class).createStatement()) {
                        s.execute("LOCK TABLE INT_TOPIC IN EXCLUSIVE MODE");
                        locked.countDown();
                        release.await();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    }));
    holder.start();
    try {
      locked.await();
      assertEquals("found with the topic table locked", tag, intake.pageTag(q, CLERK));
      try {
        intake.list(q, CLERK);
        fail("the page was read although the table was locked");
      } catch (RuntimeException expected) {
        // the page itself waits for the rows, and gives up after the lock timeout
      }
    } finally {
      release.countDown();
      holder.join();
    }
    assertTrue(intake.list(q, CLERK).total > 0);
  }

  @Test
  public void pagesAreNewObjectsForEachCaller() {
    file("甲");
    TopicQuery q = unit("EDUCATION");
    Topic mine = intake.list(q, CLERK).items.get(0);
    mine.form.name = "乙";
    mine.status = TopicStatus.READY;
    Topic shown = intake.list(q, MAYOR).items.get(0);
    assertEquals("甲", shown.form.name);
    assertEquals(TopicStatus.DRAFT, shown.status);
    assertFalse(mine == shown);
  }
}

package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.transaction.Status;
import javax.transaction.TransactionSynchronizationRegistry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.event.Events;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.govmeeting.testsupport.Stubs;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Intake learns of the meeting's decisions from the minutes module's DECIDED event, delivered to
 * its subscriber, and a revision must name one of them (I2): intake never asks the minutes module.
 */
public class DecisionsTest {
  static final Actor CLERK =
      new Actor("xie.yu", "谢雨", EnumSet.of(Role.DEPARTMENT_STAFF), "EDUCATION");

  private LocalJpaTemplate jpa;
  private IntakeComponent intake;

  @Before
  public void setUp() {
    jpa = new LocalJpaTemplate("govmeeting.intake");
    Unit education = new Unit();
    education.id = "EDUCATION";
    education.supervisorId = "zhao.min";
    education.headId = "luo.ping";
    Directory directory =
        Stubs.only(
            Directory.class,
            Map.of(
                "unit", a -> "EDUCATION".equals(a[0]) ? Optional.of(education) : Optional.empty(),
                "person",
                    a -> {
                      Person p = new Person();
                      p.id = (String) a[0];
                      p.unitId = "EDUCATION";
                      p.roles = List.of();
                      return Optional.of(p);
                    }));
    // Outside an act: no transaction runs around intake's calls.
    TransactionSynchronizationRegistry transactions =
        Stubs.only(
            TransactionSynchronizationRegistry.class,
            Map.of("getTransactionStatus", a -> Status.STATUS_NO_TRANSACTION));
    IntakeConfig config = Stubs.only(IntakeConfig.class, Map.of("maxFileBytes", a -> 1024L));
    intake =
        new IntakeComponent(
            jpa, null, directory, Stubs.only(ReviewService.class, Map.of()), transactions, config);
  }

  @After
  public void tearDown() {
    jpa.close();
  }

  private static TopicForm revising(long meetingId, long topicId) {
    TopicForm f = FormRulesTest.complete();
    f.name = "关于学前教育补助资金（修改后）的议题";
    f.revisesMeetingId = meetingId;
    f.revisesTopicId = topicId;
    return f;
  }

  private void decided(long meetingId, long topicId, String outcome) {
    intake.deliver(
        Events.DECIDED,
        Map.of(
            Events.MEETING_ID,
            String.valueOf(meetingId),
            Events.TOPIC_ID,
            String.valueOf(topicId),
            Events.STATE,
            outcome,
            Events.ACTOR_ID,
            "li.jianguo"));
  }

  private void refused(TopicForm f) {
    try {
      intake.create(f, CLERK);
      fail("a revision of an item not decided was filed");
    } catch (ValidationException e) {
      assertEquals("revisesTopicId", e.field());
      assertEquals(Clause.I2, e.clause().orElseThrow());
    }
  }

  @Test
  public void aRevisionNamesADecisionTheMinutesModuleAnnounced_I2() {
    // rule: I2 — a decided matter changes only through a new topic linked to its decision
    refused(revising(44, 7));
    decided(44, 7, "APPROVED_WITH_REVISIONS");
    Topic revision = intake.create(revising(44, 7), CLERK);
    assertEquals(Long.valueOf(7), revision.form.revisesTopicId);
    assertEquals(List.of(revision.id), intake.revisionsOf(44, 7));
    // the same item at another meeting, another item at this one: no decision
    refused(revising(45, 7));
    refused(revising(44, 8));
  }

  @Test
  public void anyOutcomeIsADecisionAndTellingItTwiceChangesNothing_I2() {
    decided(44, 9, "DEFERRED");
    // redelivered, or announced once more at start: the first record stays
    decided(44, 9, "DEFERRED");
    assertEquals(
        "DEFERRED",
        jpa.txExpr(em -> em.find(DecisionRecord.class, new DecisionRecord.Key(44, 9)).outcome));
    assertEquals(
        Long.valueOf(1),
        jpa.txExpr(
            em -> em.createQuery("select count(d) from DecisionRecord d").getSingleResult()));
    intake.create(revising(44, 9), CLERK);
  }
}

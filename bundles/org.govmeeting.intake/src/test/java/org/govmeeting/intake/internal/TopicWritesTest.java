package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.testkit.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class TopicWritesTest {
  private LocalJpaTemplate db;
  private TopicWrites jpa;

  @Before
  public void setUp() {
    db = new LocalJpaTemplate("govmeeting.intake");
    jpa = new TopicWrites(db, TopicWrites.Acts.NONE);
  }

  @After
  public void tearDown() {
    db.close();
  }

  private long file() {
    return jpa.txExpr(
        TransactionType.Required,
        em -> {
          TopicRecord t = Drafts.file(em, "议题", "{}");
          em.flush();
          return t.id;
        });
  }

  @Test
  public void onlyCommittedTopicWritesMoveTheGeneration() {
    long id = file();
    assertEquals("a filed topic", 1, jpa.generation());
    jpa.txExpr(TransactionType.Required, em -> em.find(TopicRecord.class, id));
    assertEquals("a read leaves it", 1, jpa.generation());
    jpa.tx(TransactionType.Required, em -> em.find(TopicRecord.class, id).name = "改");
    assertEquals("an edit", 2, jpa.generation());
    jpa.tx(TransactionType.Required, em -> em.find(TopicRecord.class, id).name = "改");
    assertEquals("no change, no write", 2, jpa.generation());
    jpa.tx(
        TransactionType.Required,
        em -> {
          jpa.tx(TransactionType.Required, inner -> inner.find(TopicRecord.class, id).name = "再改");
          assertEquals("not before the outer transaction ends", 2, jpa.generation());
        });
    assertEquals("nested: once, at the end", 3, jpa.generation());
  }

  @Test
  public void aFailedWriteMovesItToo() {
    long id = file();
    try {
      jpa.tx(
          TransactionType.Required,
          em -> {
            em.find(TopicRecord.class, id).name = "失败";
            em.flush();
            throw new IllegalStateException("rolled back after the write reached the database");
          });
      fail();
    } catch (IllegalStateException expected) {
      assertEquals(2, jpa.generation());
    }
  }

  @Test
  public void insideAnActItMovesWhenTheActEndsNotWhenTheCallReturns() {
    long id = file();
    java.util.List<Runnable> atEnd = new java.util.ArrayList<>();
    TopicWrites inAct =
        new TopicWrites(
            db,
            action -> {
              atEnd.add(action);
              return true;
            });
    long before = inAct.generation();
    inAct.tx(TransactionType.Required, em -> em.find(TopicRecord.class, id).name = "在会中改");
    assertEquals("the act has not committed yet", before, inAct.generation());
    atEnd.forEach(Runnable::run);
    assertEquals("the act ended", before + 1, inAct.generation());
  }
}

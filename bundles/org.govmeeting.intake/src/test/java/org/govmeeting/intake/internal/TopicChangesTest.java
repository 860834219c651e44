package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.testsupport.LocalJpaTemplate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class TopicChangesTest {
  private LocalJpaTemplate db;
  private TopicChanges jpa;

  @Before
  public void setUp() {
    db = new LocalJpaTemplate("govmeeting.intake");
    jpa = new TopicChanges(db, () -> false);
  }

  @After
  public void tearDown() {
    db.close();
  }

  private long changes() {
    return jpa.txExpr(TransactionType.Required, TopicChanges::current);
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
  public void committedTopicWritesMoveTheNumberAndNothingElseDoes() {
    long start = changes();
    long id = file();
    assertEquals("a filed topic", start + 1, changes());
    jpa.txExpr(TransactionType.Required, em -> em.find(TopicRecord.class, id));
    assertEquals("a read", start + 1, changes());
    jpa.tx(TransactionType.Required, em -> em.find(TopicRecord.class, id).name = "改");
    assertEquals("an edit", start + 2, changes());
    jpa.tx(TransactionType.Required, em -> em.find(TopicRecord.class, id).name = "改");
    assertEquals("no change, no write", start + 2, changes());
  }

  /** Intake's calls as they run inside an act: joining the transaction already running. */
  private static JpaTemplate joined(EntityManager em) {
    return new JpaTemplate() {
      @Override
      public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        return code.apply(em);
      }

      @Override
      public <R> R txExpr(EmFunction<R> code) {
        return code.apply(em);
      }

      @Override
      public void tx(TransactionType type, EmConsumer code) {
        code.accept(em);
      }

      @Override
      public void tx(EmConsumer code) {
        code.accept(em);
      }
    };
  }

  @Test
  public void inAnActTheCountCommitsOrRollsBackWithTheWrites() {
    long id = file();
    long before = changes();
    db.tx(
        em -> {
          TopicChanges inAct = new TopicChanges(joined(em), () -> true);
          inAct.tx(e -> e.find(TopicRecord.class, id).name = "一");
          inAct.txExpr(e -> e.find(TopicRecord.class, id)); // a read in between
          inAct.tx(e -> e.find(TopicRecord.class, id).name = "二");
          assertEquals("counted in the act's transaction", before + 2, TopicChanges.current(em));
          assertEquals("and read there, as the act sees it", before + 2, inAct.current());
        });
    assertEquals("committed with it", before + 2, changes());
    try {
      db.tx(
          em -> {
            new TopicChanges(joined(em), () -> true)
                .tx(e -> e.find(TopicRecord.class, id).name = "败");
            assertEquals(before + 3, TopicChanges.current(em));
            throw new IllegalStateException("the act fails after intake's part");
          });
      fail();
    } catch (IllegalStateException expected) {
      assertEquals("rolled back with it", before + 2, changes());
      assertEquals("二", jpa.txExpr(em -> em.find(TopicRecord.class, id).name));
    }
  }

  @Test
  public void aFailedCallLeavesNothingToCountForTheNext() {
    long id = file();
    long before = changes();
    try {
      jpa.tx(
          em -> {
            em.find(TopicRecord.class, id).name = "败";
            em.flush(); // the listener has seen the write
            throw new IllegalStateException("rolled back");
          });
      fail();
    } catch (IllegalStateException expected) {
      assertEquals(before, changes());
    }
    jpa.txExpr(em -> em.find(TopicRecord.class, id));
    assertEquals("a read after it counts nothing", before, changes());
  }

  @Test
  public void withoutItsRowsTheNumberRefusesWritesInsteadOfStandingStill() {
    db.tx(em -> em.createNativeQuery("DELETE FROM INT_TOPIC_CHANGE").executeUpdate());
    try {
      file();
      fail("a topic was written while its change could not be counted");
    } catch (IllegalStateException expected) {
      assertEquals(
          0L,
          ((Number)
                  db.txExpr(
                      em ->
                          em.createNativeQuery("SELECT COUNT(*) FROM INT_TOPIC").getSingleResult()))
              .longValue());
    }
  }

  @Test
  public void concurrentWritesAreEachCountedAndTheNumberNeverGoesBack() throws Exception {
    int threads = 8;
    int writes = 25;
    long start = changes();
    List<Long> topics = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      topics.add(file());
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    Future<Long> reader =
        pool.submit(
            () -> {
              long last = 0;
              long reads = 0;
              while (writing.get()) {
                long now = changes();
                if (now < last) {
                  throw new AssertionError("went back from " + last + " to " + now);
                }
                last = now;
                reads++;
              }
              return reads;
            });
    List<Future<?>> writers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      long id = topics.get(i);
      writers.add(
          pool.submit(
              () -> {
                for (int n = 0; n < writes; n++) {
                  int k = n;
                  jpa.tx(em -> em.find(TopicRecord.class, id).name = "第" + k + "次");
                }
              }));
    }
    for (Future<?> w : writers) {
      w.get(60, TimeUnit.SECONDS);
    }
    writing.set(false);
    assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
    pool.shutdown();
    assertEquals(
        "every committed write counted once", start + threads + threads * writes, changes());
  }

  @Test
  public void sharedReadsAnswerEachCallerWithAValueReadAfterItAsked() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    Thread writer = Thread.currentThread();
    TopicChanges shared =
        new TopicChanges(
            new JpaTemplate() {
              @Override
              public <R> R txExpr(TransactionType type, EmFunction<R> code) {
                if (Thread.currentThread() != writer) { // the askers' calls only read
                  reads.incrementAndGet();
                }
                return db.txExpr(type, code);
              }

              @Override
              public <R> R txExpr(EmFunction<R> code) {
                return db.txExpr(code);
              }

              @Override
              public void tx(TransactionType type, EmConsumer code) {
                db.tx(type, code);
              }

              @Override
              public void tx(EmConsumer code) {
                db.tx(code);
              }
            },
            () -> false);
    AtomicBoolean asking = new AtomicBoolean(true);
    AtomicInteger calls = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> askers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      askers.add(
          pool.submit(
              () -> {
                while (asking.get()) {
                  shared.current();
                  calls.incrementAndGet();
                }
              }));
    }
    try {
      long expected = changes();
      for (int i = 0; i < 40; i++) {
        shared.tx(em -> Drafts.file(em, "议题", "{}"));
        expected++;
        // A read already running when the write committed must not answer this call.
        assertEquals("after write " + i, expected, shared.current());
      }
    } finally {
      asking.set(false);
      for (Future<?> f : askers) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
    }
    assertTrue(
        reads.get() + " reads for " + calls.get() + " calls: not shared",
        reads.get() < calls.get());
  }
}

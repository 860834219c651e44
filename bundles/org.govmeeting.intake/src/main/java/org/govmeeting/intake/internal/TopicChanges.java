package org.govmeeting.intake.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.persistence.EntityManager;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The topic table's change number: a count in the database ({@code INT_TOPIC_CHANGE}) that moves in
 * the same transaction as every write of a topic row, on whichever node, so the two commit or roll
 * back together. A topic page's tag is made from it ({@link TopicPages#tag}): while the number
 * stands, no topic has been written.
 *
 * <p>Every part of intake that writes topic rows writes through this template. An entity listener
 * on {@link TopicRecord} notes that a row was written (a file or an override of the mayor writes
 * the topic's row too: it moves the topic's revision); at the end of each of intake's calls the
 * template flushes, and if a row was written, adds one to the count in that call's transaction.
 *
 * <p>The count is kept in {@link #STRIPES} rows and is their sum: with one row, every act that
 * writes a topic would wait at that row for the act before it to commit. A thread always takes the
 * same row, so an act (one thread) holds at most one. A row only grows, so two reads of the sum
 * that agree mean that no write was committed between them: PostgreSQL reads the rows in one
 * snapshot, and Derby waits for a row that an open write holds.
 */
final class TopicChanges implements JpaTemplate {
  static final int STRIPES = 16;

  private static final AtomicInteger NEXT_STRIPE = new AtomicInteger();
  private static final ThreadLocal<Integer> STRIPE =
      ThreadLocal.withInitial(() -> Math.floorMod(NEXT_STRIPE.getAndIncrement(), STRIPES));

  /** Whether this thread flushed a topic row that has not been counted yet. */
  private static final ThreadLocal<boolean[]> WRITTEN =
      ThreadLocal.withInitial(() -> new boolean[1]);

  private final JpaTemplate jpa;
  private final BooleanSupplier inAct;

  /**
   * @param inAct whether a transaction (an act's) runs around the current call
   */
  TopicChanges(JpaTemplate jpa, BooleanSupplier inAct) {
    this.jpa = jpa;
    this.inAct = inAct;
  }

  /**
   * The change number now: a value read after this call began, never an older one. Outside an act
   * (a page's tag for GET /topics) concurrent callers share reads: a caller waits for the next read
   * to begin (one runs at a time, and begins after every caller waiting for it asked) and takes its
   * value. Under the benchmark's 32 connections on embedded Derby one read served about one and a
   * half requests; the slower the database's answer (a network between node and PostgreSQL), the
   * more callers each read serves. Inside an act the number is read in the act's transaction, as
   * the act sees it, and never handed to anyone else.
   */
  long current() {
    if (inAct.getAsBoolean()) {
      return jpa.txExpr(TransactionType.Required, TopicChanges::current);
    }
    long round;
    synchronized (reads) {
      round = reads.begun + 1; // the first read to begin after now
      try {
        while (reads.finished < round && reads.running) {
          reads.wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return read(); // not shared, still read after this call began
      }
      if (reads.finished >= round) {
        return reads.value; // of a read that began after this call did
      }
      reads.running = true;
      reads.begun = round;
    }
    Long value = null;
    try {
      value = read();
      return value;
    } finally {
      synchronized (reads) {
        reads.running = false;
        if (value != null) { // after a failure, a caller still waiting reads again
          reads.value = value;
          reads.finished = round;
        }
        reads.notifyAll();
      }
    }
  }

  /** The state of the shared reads; guarded by itself. */
  private static final class Reads {
    long begun;
    long finished;
    long value;
    boolean running;
  }

  private final Reads reads = new Reads();

  /** In a transaction of its own (begun here: no act runs), reading committed rows only. */
  private long read() {
    return jpa.txExpr(TransactionType.Required, TopicChanges::current);
  }

  /** The change number as the given entity manager's transaction sees it. */
  static long current(EntityManager em) {
    Object sum =
        em.createNativeQuery("SELECT SUM(CHANGES) FROM INT_TOPIC_CHANGE").getSingleResult();
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  /** Notes each write of a topic row (a JPA entity listener, see {@link TopicRecord}). */
  public static final class Listener {
    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object topic) {
      WRITTEN.get()[0] = true;
    }
  }

  @Override
  public <R> R txExpr(TransactionType type, EmFunction<R> code) {
    boolean[] written = WRITTEN.get();
    try {
      return jpa.txExpr(
          type,
          em -> {
            R result = code.apply(em);
            em.flush(); // the writes still pending reach the listener now, not at the commit
            if (written[0]) {
              count(em);
              written[0] = false;
            }
            return result;
          });
    } catch (RuntimeException | Error e) {
      written[0] = false; // the transaction rolls back, its writes with it
      throw e;
    }
  }

  private static void count(EntityManager em) {
    int rows =
        em.createNativeQuery("UPDATE INT_TOPIC_CHANGE SET CHANGES = CHANGES + 1 WHERE STRIPE = ?")
            .setParameter(1, STRIPE.get())
            .executeUpdate();
    if (rows != 1) {
      // Without its rows the number would stand still while topics change: refuse the write.
      throw new IllegalStateException("INT_TOPIC_CHANGE lacks row " + STRIPE.get());
    }
  }

  @Override
  public <R> R txExpr(EmFunction<R> code) {
    return txExpr(TransactionType.Required, code);
  }

  @Override
  public void tx(TransactionType type, EmConsumer code) {
    txExpr(
        type,
        em -> {
          code.accept(em);
          return null;
        });
  }

  @Override
  public void tx(EmConsumer code) {
    tx(TransactionType.Required, code);
  }
}

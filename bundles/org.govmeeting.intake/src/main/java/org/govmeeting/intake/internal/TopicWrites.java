package org.govmeeting.intake.internal;

import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.PostPersist;
import javax.persistence.PostRemove;
import javax.persistence.PostUpdate;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Intake's transactions, counted: the generation moves after every committed transaction that wrote
 * a topic row. A topic page read at one generation is still exact while the generation has not
 * moved, provided every write of the topic table passes through this JVM: true of embedded Derby
 * (one JVM holds the database), not of a database shared by several nodes.
 *
 * <p>The generation is read before a page is read from the database and moves only after the
 * write's commit, so a page kept under a generation never misses a write committed before it.
 */
final class TopicWrites implements JpaTemplate {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final ThreadLocal<boolean[]> WROTE = ThreadLocal.withInitial(() -> new boolean[1]);

  private final JpaTemplate jpa;
  private final Acts acts;
  private final AtomicLong generation = new AtomicLong();

  /**
   * The act's transaction, where one runs around intake's calls (a REST call that writes): intake's
   * calls join it and commit with it, so the generation must move when it ends, not when a call
   * returns.
   */
  interface Acts {
    /** Runs the action once the running transaction has ended; false if none runs. */
    boolean afterCompletion(Runnable action);

    Acts NONE = action -> false;
  }

  TopicWrites(JpaTemplate jpa, Acts acts) {
    this.jpa = jpa;
    this.acts = acts;
  }

  long generation() {
    return generation.get();
  }

  /** Marks the current transaction as one that wrote a topic row (a JPA entity listener). */
  public static final class Listener {
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object topic) {
      WROTE.get()[0] = true;
    }
  }

  @Override
  public <R> R txExpr(TransactionType type, EmFunction<R> code) {
    int[] depth = DEPTH.get();
    depth[0]++;
    boolean outermost = depth[0] == 1;
    if (outermost && acts.afterCompletion(generation::incrementAndGet)) {
      // Committed or not, the act ends after this call: stale from then on (a read act's pages
      // are dropped too, which costs a read, never a wrong page).
      try {
        return jpa.txExpr(type, code);
      } finally {
        depth[0]--;
      }
    }
    try {
      R result = jpa.txExpr(type, code);
      if (outermost && WROTE.get()[0]) {
        generation.incrementAndGet(); // committed: pages kept before this write are stale
      }
      return result;
    } catch (RuntimeException | Error e) {
      if (outermost && WROTE.get()[0]) {
        // Rolled back, or failed while committing: the outcome is not known here, so stale.
        generation.incrementAndGet();
      }
      throw e;
    } finally {
      depth[0]--;
      if (outermost) {
        WROTE.get()[0] = false;
      }
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

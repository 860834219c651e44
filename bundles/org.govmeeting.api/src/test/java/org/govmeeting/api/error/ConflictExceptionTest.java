package org.govmeeting.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class ConflictExceptionTest {
  private static RuntimeException lockTimeout() {
    return new RuntimeException(
        "flush failed", new SQLTransactionRollbackException("lock timeout", "40XL1"));
  }

  @Test
  public void aTransientLockConflictIsRunAgainAtMostTwice() {
    AtomicInteger runs = new AtomicInteger();
    String done =
        ConflictException.retryingTransient(
            () -> {
              if (runs.incrementAndGet() < 3) {
                throw lockTimeout();
              }
              return "done";
            });
    assertEquals("done", done);
    assertEquals(3, runs.get());

    AtomicInteger always = new AtomicInteger();
    try {
      ConflictException.retryingTransient(
          () -> {
            always.incrementAndGet();
            throw lockTimeout();
          });
      fail();
    } catch (RuntimeException e) {
      assertEquals(3, always.get());
    }
  }

  @Test
  public void anythingElseIsNotRunAgain() {
    AtomicInteger runs = new AtomicInteger();
    try {
      ConflictException.retryingTransient(
          () -> {
            runs.incrementAndGet();
            throw new ValidationException("name", "required");
          });
      fail();
    } catch (ValidationException e) {
      assertEquals(1, runs.get());
    }
    assertTrue(ConflictException.isTransient(lockTimeout()));
    // A connection that could not join the transaction: the manager marked it, nothing was written
    RuntimeException unjoined =
        new RuntimeException(
            "Error binding to externally managed transaction",
            new javax.transaction.RollbackException("Transaction is marked for rollback"));
    assertTrue(ConflictException.isTransient(unjoined));
    // A commit the database refused is not run again
    javax.transaction.RollbackException refused =
        new javax.transaction.RollbackException("Transaction is marked for rollback");
    refused.initCause(new java.sql.SQLIntegrityConstraintViolationException("dup", "23505"));
    assertFalse(ConflictException.isTransient(refused));
    assertFalse(ConflictException.isTransient(new IllegalStateException("x")));
  }
}

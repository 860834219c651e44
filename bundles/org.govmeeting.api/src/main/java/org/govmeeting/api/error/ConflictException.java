package org.govmeeting.api.error;

import org.govmeeting.api.rule.Clause;

/**
 * The request is well formed but clashes with the current state, e.g. a duplicate or a signed
 * record.
 */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message, null);
  }

  public ConflictException(String message, Clause clause) {
    super(message, clause);
  }

  /** A clash with the current state, the message in both languages. */
  public ConflictException(String chinese, String english) {
    super(chinese, english, null);
  }

  /** A clash with the current state that a clause names, the message in both languages. */
  public ConflictException(Clause clause, String chinese, String english) {
    super(chinese, english, clause);
  }

  /**
   * Whether the database rolled a transaction back because of a lock conflict that may pass (a
   * deadlock, a lock wait that timed out, a serialization failure: SQLState class 40, such as
   * 40001, PostgreSQL's 40P01, Derby's 40XL1 and 40XL2), so that running the same transaction again
   * is safe and likely to succeed. A storage failure is never one, though Derby files its
   * unreadable containers (40XD) in the same class: running it again at once meets the same disk.
   */
  public static boolean isTransient(Throwable failure) {
    return !StorageUnavailableException.isStorageFailure(failure)
        && (anyCause(
                failure,
                t ->
                    t instanceof java.sql.SQLException
                        && ((java.sql.SQLException) t).getSQLState() != null
                        && ((java.sql.SQLException) t).getSQLState().startsWith("40"))
            || markedForRollbackUnasked(failure));
  }

  /**
   * Whether the transaction manager had marked the act's transaction for rollback before a module
   * failed, with no database error anywhere in the failure. It does so when a pooled connection
   * cannot join the transaction: PostgreSQL's XA connection once answered "Connection is busy with
   * another transaction" as 6 signatures raced (a connection handed out again a moment before the
   * other act had ended its branch), the manager logged it and marked the act, and the act's next
   * persistence call failed. Nothing of the act was written, and a new transaction gets another
   * connection. Checked by name: the API does not import JTA.
   */
  private static boolean markedForRollbackUnasked(Throwable failure) {
    return anyCause(
            failure,
            t ->
                t.getClass().getName().equals("javax.transaction.RollbackException")
                    && t.getMessage() != null
                    && t.getMessage().contains("marked for rollback"))
        && !anyCause(failure, t -> t instanceof java.sql.SQLException);
  }

  /**
   * Runs a transaction, and again (twice at most) when the database rolled it back whole for a lock
   * conflict that passes ({@link #isTransient}): concurrent writers wait on each other's rows and
   * index pages, and one of them is sometimes chosen to give way.
   */
  public static <R> R retryingTransient(java.util.function.Supplier<R> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= 3 || !isTransient(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Whether a failure is the persistence layer refusing a write because another transaction changed
   * the same record first (an optimistic lock). Checked by name, so that callers need not import
   * the persistence API to turn it into a {@code ConflictException}.
   */
  public static boolean isConcurrentWrite(Throwable failure) {
    return anyCause(failure, t -> t.getClass().getSimpleName().equals("OptimisticLockException"));
  }

  private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String title() {
    return "Conflict with the current state";
  }
}

package org.govmeeting.intake.internal;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

/** {@link TopicWrites.Acts} on the platform's transaction manager. */
final class ActCompletion implements TopicWrites.Acts {
  private static final Object KEY = ActCompletion.class;
  private final TransactionSynchronizationRegistry registry;

  ActCompletion(TransactionSynchronizationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public boolean afterCompletion(Runnable action) {
    int status = registry.getTransactionStatus();
    if (status == Status.STATUS_NO_TRANSACTION) {
      return false;
    }
    if (registry.getResource(KEY) == null) {
      // Once per act, however many of intake's calls it makes.
      registry.putResource(KEY, Boolean.TRUE);
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int outcome) {
              action.run();
            }
          });
    }
    return true;
  }
}

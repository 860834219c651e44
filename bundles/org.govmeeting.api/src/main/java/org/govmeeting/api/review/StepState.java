package org.govmeeting.api.review;

/** Where one sign-off of a chain stands. */
public enum StepState {
  /** An earlier stage is still open. */
  WAITING,
  /** May be signed now. */
  PENDING,
  SIGNED,
  /** The signer sent the topic back with reasons. */
  RETURNED,
  /** The signer refused the topic. */
  REJECTED,
  /** The chain ended before this step was reached (returned, rejected, withdrawn, settled). */
  CANCELLED
}

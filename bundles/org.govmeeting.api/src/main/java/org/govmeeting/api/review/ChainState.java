package org.govmeeting.api.review;

/** Where a review chain stands. */
public enum ChainState {
  IN_REVIEW,
  RETURNED,
  REJECTED,
  /** Every step signed: the topic is ready for a meeting's topic list. */
  COMPLETE,
  /** On a topic list the mayor approved. */
  LISTED,
  /** Ended because the topic was withdrawn or settled (S8). */
  CLOSED
}

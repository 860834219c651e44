package org.govmeeting.api.topic;

/** Where a topic stands. */
public enum TopicStatus {
  /** Being written by its department; editable. */
  DRAFT,
  /** Submitted; its review chain is running. */
  IN_REVIEW,
  /** Sent back by a reviewer with reasons; editable, then submitted again. */
  RETURNED,
  /** Refused by a reviewer; closed. */
  REJECTED,
  /** Every sign-off given; waiting for a meeting's topic list. */
  READY,
  /** On a topic list the mayor approved. */
  LISTED,
  /** Settled by the supervising vice-mayor within their own authority (S8); closed. */
  SETTLED,
  /** Withdrawn by its department; closed. */
  WITHDRAWN;

  /** Whether the department may still edit the topic. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}

package org.govmeeting.api.topic;

import java.time.Instant;

/** The form as it was submitted, one per submission; never changed afterwards. */
public class TopicRevision {
  public int version;
  public Instant submittedAt;
  public String submittedBy;
  public TopicForm form;
}

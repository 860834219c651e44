package org.govmeeting.api.review;

import java.time.Instant;
import java.util.List;

/** The topic list (议题表) of a meeting: compiled by the Office, approved by the mayor (S1). */
public class TopicList {
  public enum State {
    DRAFT,
    APPROVED
  }

  public long meetingId;
  public State state;
  public List<Long> topicIds;
  public String compiledBy;
  public Instant compiledAt;
  public String approvedBy;
  public Instant approvedAt;
}

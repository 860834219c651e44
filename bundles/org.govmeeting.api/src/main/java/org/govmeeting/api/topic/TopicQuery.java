package org.govmeeting.api.topic;

/** Filters and paging for listing topics; {@code null} filters match everything. */
public class TopicQuery {
  public TopicStatus status;
  public String unitId;
  public Category category;
  public Long meetingId;
  public int offset;
  public int limit = 50;
}

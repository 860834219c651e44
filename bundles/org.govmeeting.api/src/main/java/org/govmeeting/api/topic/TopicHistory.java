package org.govmeeting.api.topic;

import java.util.List;

/** Everything recorded about a topic: its events and every submitted version of its form. */
public class TopicHistory {
  public List<TopicEvent> events;
  public List<TopicRevision> revisions;
}

package org.govmeeting.api.compliance;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.topic.TopicStatus;

/** One topic of the meeting, with every clause that concerns a topic judged for it. */
public class TopicCompliance {
  public long topicId;

  /** F1, as the topic's headline gives it; null where intake is down. */
  public String title;

  public TopicStatus status;

  /** Whether it is on the meeting's approved topic list (S1). */
  public boolean listed;

  public List<ClauseCheck> checks = new ArrayList<>();
}

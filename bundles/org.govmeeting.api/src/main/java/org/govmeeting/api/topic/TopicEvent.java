package org.govmeeting.api.topic;

import java.time.Instant;
import org.govmeeting.api.directory.Role;

/** One entry of a topic's history: what happened, by whom in which role, when. */
public class TopicEvent {
  public Instant at;
  public String actorId;
  public Role actorRole;
  public String kind;
  public int version;
  public String detail;
}

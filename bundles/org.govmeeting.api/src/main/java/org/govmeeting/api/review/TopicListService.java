package org.govmeeting.api.review;

import java.util.List;
import java.util.Optional;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The Office compiles a meeting's topic list from the ready topics; the mayor approves it. */
@ProviderType
public interface TopicListService {

  /** Compiles (or recompiles, while a draft) the list from the topics ready for the meeting. */
  TopicList compile(long meetingId, Actor actor);

  Optional<TopicList> get(long meetingId);

  /**
   * The mayor approves the list, with any removals, additions and new order given as the final
   * sequence of topic IDs; only then is the agenda's topic part fixed.
   */
  TopicList approve(long meetingId, List<Long> topicIds, Actor actor);

  /**
   * Takes a topic off an approved list and sends it to the next meeting, with the reason (e.g. S7:
   * its supervisor is on leave).
   */
  TopicList defer(long meetingId, long topicId, String reason, Actor actor);
}

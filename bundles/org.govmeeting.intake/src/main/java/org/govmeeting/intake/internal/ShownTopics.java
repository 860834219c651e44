package org.govmeeting.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govmeeting.api.topic.Topic;

/**
 * Topics as lists show them, kept by topic and revision: a page asks the database only for its ids
 * and their revisions (off one index), and reads whole only the topics changed since they were last
 * shown. Every change of what a topic shows (form, status, files, overrides, meeting) moves its
 * revision, on whichever node it is made, so a kept topic is never shown stale. A topic's view does
 * not depend on who looks; who may see which topic is decided by the page query.
 *
 * <p>A page holds the kept objects themselves, shared by every reader: they never leave intake but
 * as copies ({@link TopicPages}), so that no caller can change what the others are shown.
 */
final class ShownTopics {
  private record Entry(long revision, Topic topic) {}

  private final Map<Long, Entry> entries;

  ShownTopics(int capacity) {
    this.entries = Lru.map(capacity);
  }

  /**
   * The topics of a page whose query read each id with its current revision, in the page's order.
   *
   * @param read reads the given topics whole, for those not kept at their current revision
   */
  List<Topic> page(Map<Long, Long> current, Function<List<Long>, List<Topic>> read) {
    if (current.isEmpty()) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>(current.keySet());
    Map<Long, Topic> found = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    synchronized (entries) {
      for (Long id : ids) {
        Entry e = entries.get(id);
        if (e != null && e.revision() == current.get(id)) {
          found.put(id, e.topic());
        } else {
          missing.add(id);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<Topic> fresh = read.apply(missing);
      synchronized (entries) {
        for (Topic t : fresh) {
          found.put(t.id, t);
          entries.put(t.id, new Entry(t.revision, t));
        }
      }
    }
    List<Topic> out = new ArrayList<>();
    for (Long id : ids) {
      Topic t = found.get(id);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}

package org.govmeeting.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.govmeeting.api.topic.TopicForm;

/**
 * The stored form of recently listed topics, as read and as parsed, by topic and revision. Reading
 * and parsing the form column is what a page of topics cost; a cached form is used only while the
 * topic's revision in the database is the one it was read at, so a write through any node is seen
 * at once. The parsed forms are shared between answers: they are only serialised, never changed.
 */
final class FormCache {
  private record Entry(long revision, String json, TopicForm form) {}

  private final Map<Long, Entry> entries;
  private final Function<String, TopicForm> parse;

  FormCache(int capacity, Function<String, TopicForm> parse) {
    this.parse = parse;
    this.entries =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Sets each record's form: from the cache where current, else in one query for the rest. */
  void fill(EntityManager em, List<TopicRecord> records) {
    List<Long> missing = new ArrayList<>();
    Map<Long, TopicRecord> byId = new HashMap<>();
    synchronized (entries) {
      for (TopicRecord t : records) {
        Entry e = entries.get(t.id);
        if (e != null && e.revision() == t.revision) {
          t.formJson = e.json();
          t.form = e.form();
        } else {
          missing.add(t.id);
          byId.put(t.id, t);
        }
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    List<Object[]> read =
        em.createQuery(
                "select t.id, t.revision, t.formJson from TopicRecord t where t.id in :ids",
                Object[].class)
            .setParameter("ids", missing)
            .getResultList();
    List<Entry> fresh = new ArrayList<>();
    for (Object[] r : read) {
      long id = (Long) r[0];
      long revision = (Long) r[1];
      String json = (String) r[2];
      TopicRecord t = byId.get(id);
      // The form is taken with the revision it was read at, which may be newer than the page's.
      t.formJson = json;
      t.form = parse.apply(json);
      fresh.add(new Entry(revision, json, t.form));
      byId.put(id, t);
    }
    synchronized (entries) {
      for (int i = 0; i < read.size(); i++) {
        entries.put((Long) read.get(i)[0], fresh.get(i));
      }
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}

package org.govmeeting.intake.internal;

import java.util.Map;

/**
 * Topic pages as last read from the database (ids, revisions, total), each kept with the write
 * generation it was read at ({@link TopicWrites}) and used only while that generation holds. Only
 * where one JVM writes all topics; elsewhere every page is read from the database.
 */
final class KeptPages {
  record Kept(long generation, Map<Long, Long> revisions, long total, boolean capped) {}

  private final Map<String, Kept> pages;

  KeptPages(int capacity) {
    this.pages = Lru.map(capacity);
  }

  /** The page kept under this key at this generation, or null. */
  Kept get(String key, long generation) {
    synchronized (pages) {
      Kept k = pages.get(key);
      return k != null && k.generation() == generation ? k : null;
    }
  }

  void keep(String key, Kept page) {
    synchronized (pages) {
      Kept k = pages.get(key);
      if (k == null || k.generation() <= page.generation()) {
        pages.put(key, page);
      }
    }
  }
}

package org.govmeeting.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded maps that forget the least recently used entry; callers synchronise on them. */
final class Lru {
  private Lru() {}

  static <K, V> Map<K, V> map(int capacity) {
    return new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}

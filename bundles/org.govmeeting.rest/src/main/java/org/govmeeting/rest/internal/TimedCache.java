package org.govmeeting.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Remembers computed values for a fixed time; with a zero time it remembers nothing. */
final class TimedCache<K, V> {
  private record Entry<V>(V value, Instant until) {}

  private final Duration ttl;
  private final Clock clock;
  private final Function<K, V> compute;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  TimedCache(Duration ttl, Clock clock, Function<K, V> compute) {
    this.ttl = ttl;
    this.clock = clock;
    this.compute = compute;
  }

  V get(K key) {
    if (ttl.isZero()) {
      return compute.apply(key);
    }
    Instant now = clock.instant();
    Entry<V> e = entries.get(key);
    if (e != null && now.isBefore(e.until())) {
      return e.value();
    }
    V value = compute.apply(key);
    if (entries.size() > 10_000) {
      entries.entrySet().removeIf(x -> !now.isBefore(x.getValue().until()));
    }
    entries.put(key, new Entry<>(value, now.plus(ttl)));
    return value;
  }
}

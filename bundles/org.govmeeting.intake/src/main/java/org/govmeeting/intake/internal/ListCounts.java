package org.govmeeting.intake.internal;

import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many topics a list filter matched, kept for a moment: counting (up to the cap) cost a page as
 * much as the rest of it, and a total a second old is as good to a reader as a fresh one. The items
 * of a page are always read fresh.
 */
final class ListCounts {
  record Count(long total, boolean capped) {}

  private record Kept(Count count, long takenAt) {}

  private final Map<String, Kept> kept = Lru.map(256);

  private final long maxAgeNanos;
  private final LongSupplier nanoTime;

  ListCounts(long maxAgeNanos, LongSupplier nanoTime) {
    this.maxAgeNanos = maxAgeNanos;
    this.nanoTime = nanoTime;
  }

  /** The count kept for the filter, if it is younger than the maximum age. */
  Count fresh(String filter) {
    synchronized (kept) {
      Kept k = kept.get(filter);
      return k != null && nanoTime.getAsLong() - k.takenAt() < maxAgeNanos ? k.count() : null;
    }
  }

  void keep(String filter, Count count) {
    synchronized (kept) {
      kept.put(filter, new Kept(count, nanoTime.getAsLong()));
    }
  }
}

package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.govmeeting.testsupport.MovableClock;
import org.junit.Test;

public class TimedCacheTest {
  @Test
  public void remembersForTheGivenTimeOnly() {
    MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    AtomicInteger calls = new AtomicInteger();
    TimedCache<String, Integer> cache =
        new TimedCache<>(Duration.ofSeconds(60), clock, k -> calls.incrementAndGet());
    assertEquals(Integer.valueOf(1), cache.get("a"));
    assertEquals(Integer.valueOf(1), cache.get("a"));
    clock.advance(Duration.ofSeconds(61));
    assertEquals(Integer.valueOf(2), cache.get("a"));
    TimedCache<String, Integer> none =
        new TimedCache<>(Duration.ZERO, clock, k -> calls.incrementAndGet());
    none.get("a");
    none.get("a");
    assertEquals(4, calls.get());
  }
}

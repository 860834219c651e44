package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

public class ListCountsTest {
  @Test
  public void aCountServesItsFilterForAMomentOnly() {
    AtomicLong now = new AtomicLong();
    ListCounts counts = new ListCounts(1_000_000_000L, now::get);
    counts.keep("unit=EDUCATION", new ListCounts.Count(42, false));
    assertEquals(42, counts.fresh("unit=EDUCATION").total());
    assertNull("another filter has its own count", counts.fresh("unit=HEALTH"));
    now.set(999_999_999L);
    assertEquals(42, counts.fresh("unit=EDUCATION").total());
    now.set(1_000_000_000L);
    assertNull("a second old: counted again", counts.fresh("unit=EDUCATION"));
  }
}

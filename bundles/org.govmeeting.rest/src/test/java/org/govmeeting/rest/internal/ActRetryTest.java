package org.govmeeting.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Which request bodies the retry keeps in memory: JSON and small untyped ones, never a file. */
public class ActRetryTest {
  @Test
  public void jsonAndBodilessActsAreKeptFilesStreamThrough() {
    assertTrue(ActRetry.keepable("application/json", 200));
    assertTrue(ActRetry.keepable("application/merge-patch+json; charset=UTF-8", -1));
    assertTrue("a submission: no body, no type", ActRetry.keepable(null, 0));
    assertTrue(ActRetry.keepable(null, 100));
    assertFalse(ActRetry.keepable("application/json", ActRetry.MAX_KEPT + 1));
    // Uploads: the file's own type, or none with a length unknown (chunked) or large.
    assertFalse(ActRetry.keepable("application/octet-stream", 20 << 20));
    assertFalse(ActRetry.keepable("application/pdf", -1));
    assertFalse(ActRetry.keepable("application/pdf", 10));
    assertFalse(ActRetry.keepable(null, -1));
    assertFalse(ActRetry.keepable(null, ActRetry.MAX_KEPT + 1));
  }
}

package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Issue 14 item 11: an uploaded "text/html" file must not run in the API's origin. */
public class DownloadsTest {
  @Test
  public void documentsKeepTheirTypeAndEverythingElseIsBytes() {
    assertEquals("application/pdf", Downloads.servedType("application/pdf"));
    assertEquals("image/png", Downloads.servedType("IMAGE/PNG; foo=bar"));
    assertEquals(Downloads.BYTES, Downloads.servedType("text/html; charset=utf-8"));
    assertEquals(Downloads.BYTES, Downloads.servedType("image/svg+xml"));
    assertEquals(Downloads.BYTES, Downloads.servedType("application/xhtml+xml"));
    assertEquals(Downloads.BYTES, Downloads.servedType(null));
  }
}

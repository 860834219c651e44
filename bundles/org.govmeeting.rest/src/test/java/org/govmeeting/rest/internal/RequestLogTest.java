package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

/** A caller's request id is kept when it cannot forge a log line, replaced when it could. */
public class RequestLogTest {
  @Test
  public void aSaneIdIsKeptAnythingElseReplaced() {
    assertEquals("portal-4711", RequestLog.id("portal-4711"));
    assertEquals("0f9c:a.b_c", RequestLog.id("0f9c:a.b_c"));
    for (String bad : new String[] {null, "", "a b", "x\nINFO forged", "x".repeat(65), "日志"}) {
      String id = RequestLog.id(bad);
      assertNotEquals(bad, id);
      assertEquals(36, id.length());
    }
  }
}

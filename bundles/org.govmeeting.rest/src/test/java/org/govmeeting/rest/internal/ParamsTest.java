package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.govmeeting.api.error.ValidationException;
import org.junit.Test;

public class ParamsTest {
  @Test
  public void pagingNumbersBeyondAnIntAreA400NamingTheParameter() {
    assertEquals(0, Params.count("offset", null, 0));
    assertEquals(2147483647, Params.count("offset", "2147483647", 0));
    for (String bad : new String[] {"2147483648", "99999999999999999999", "1e3", "x"}) {
      try {
        Params.count("offset", bad, 0);
        throw new AssertionError(bad + " accepted");
      } catch (ValidationException e) {
        assertEquals("offset", e.field());
      }
    }
    assertNull(Params.id("meeting", ""));
    assertEquals(Long.valueOf(7), Params.id("meeting", "7"));
  }
}

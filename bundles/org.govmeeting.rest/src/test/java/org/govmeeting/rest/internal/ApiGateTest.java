package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class ApiGateTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  public void aBodyDrippingAByteAtATimeIsCutOffAfterTheGracePeriod() {
    ApiGate.Guarded body = new ApiGate.Guarded(null, null, 1024);
    long t = 5 * SECOND;
    body.check(t);
    body.check(t + 9 * SECOND);
    try {
      body.check(t + 11 * SECOND);
      throw new AssertionError("a body with no bytes after 11 s was accepted");
    } catch (ApiGate.TooSlow expected) {
      assertEquals(408, (int) ProblemMapper.tooSlow(new RuntimeException(expected)));
      assertEquals(408, new ProblemMapper().problem(expected).status());
    }
  }

  @Test
  public void aCharsetJavaDoesNotKnowIsRefused() {
    assertNull(ApiGate.charsetProblem("application/json; charset=UTF-8"));
    assertNull(ApiGate.charsetProblem("application/octet-stream"));
    assertNull(ApiGate.charsetProblem(null));
    assertNotNull(ApiGate.charsetProblem("application/json; charset=bogus"));
    assertNotNull(ApiGate.charsetProblem("application/json; charset=\"a b\""));
  }
}

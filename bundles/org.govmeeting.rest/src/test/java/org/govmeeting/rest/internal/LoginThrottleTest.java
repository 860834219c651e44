package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.govmeeting.testsupport.MovableClock;
import org.junit.Test;

/** The attack of issue 14 item 5: hundreds of wrong passwords a second, for free. */
public class LoginThrottleTest {
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(5, 20, Duration.ofSeconds(15), Duration.ofSeconds(900), clock);

  @Test
  public void twoHundredGuessesAtOneAccountAreStoppedAfterFive() {
    int checked = 0;
    for (int i = 0; i < 200; i++) {
      if (throttle.blocked("li.jianguo", "10.0.0.9").isEmpty()) {
        checked++;
        throttle.failed("li.jianguo", "10.0.0.9");
      }
    }
    assertEquals("passwords actually tried", 5, checked);
    assertEquals(Duration.ofSeconds(15), throttle.blocked("li.jianguo", "10.0.0.9").orElseThrow());
    // The same account is locked from any other address too.
    assertTrue(throttle.blocked("LI.JIANGUO", "10.0.0.10").isPresent());
  }

  @Test
  public void eachFailureAfterALockoutDoublesItUpToTheCeiling() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("wang.hong", "10.0.0.9");
    }
    Duration previous = Duration.ofSeconds(15);
    for (int i = 0; i < 10; i++) {
      clock.advance(throttle.blocked("wang.hong", "10.0.0.9").orElseThrow());
      assertFalse(throttle.blocked("wang.hong", "10.0.0.9").isPresent());
      LoginThrottle.Failure f = throttle.failed("wang.hong", "10.0.0.9");
      Duration expected = previous.multipliedBy(2);
      if (expected.compareTo(Duration.ofSeconds(900)) > 0) {
        expected = Duration.ofSeconds(900);
      }
      assertEquals(expected, f.lockedFor());
      previous = expected;
    }
  }

  @Test
  public void oneAddressGuessingAtManyAccountsIsLockedOutAsAnAddress() {
    for (int i = 0; i < 20; i++) {
      assertTrue(throttle.blocked("user" + i, "192.0.2.7").isEmpty());
      throttle.failed("user" + i, "192.0.2.7");
    }
    assertTrue(throttle.blocked("zhao.min", "192.0.2.7").isPresent());
    assertTrue("others are not", throttle.blocked("zhao.min", "192.0.2.8").isEmpty());
  }

  @Test
  public void aRightPasswordClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("sun.lei", "192.0.2.7");
    }
    throttle.succeeded("sun.lei");
    assertEquals(1, throttle.failed("sun.lei", "192.0.2.7").failures());
    for (int i = 0; i < 14; i++) {
      throttle.failed("x" + i, "192.0.2.7");
    }
    throttle.succeeded("mine");
    assertTrue(throttle.failed("y", "192.0.2.7").locks());
  }

  @Test
  public void oldFailuresAreForgotten() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("zhou.fang", "10.0.0.9");
    }
    clock.advance(Duration.ofSeconds(901));
    assertEquals(1, throttle.failed("zhou.fang", "10.0.0.9").failures());
  }
}

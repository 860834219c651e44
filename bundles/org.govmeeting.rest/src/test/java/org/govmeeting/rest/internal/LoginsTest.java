package org.govmeeting.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Logins against a realm that knows li.jianguo / demo: the demo switch and the lockout. */
public class LoginsTest {
  private Configuration previous;

  @Before
  public void installRealm() {
    previous = Configuration.getConfiguration();
    Configuration.setConfiguration(
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  JaasAuthenticatorTest.OneUserModule.class.getName(),
                  AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                  Map.of())
            };
          }
        });
  }

  @After
  public void restoreRealm() {
    Configuration.setConfiguration(previous);
  }

  private static Logins logins(boolean demoAccounts) {
    return new Logins(
        new JaasAuthenticator("test", Duration.ZERO, Clock.systemUTC()),
        new LoginThrottle(
            5, 20, Duration.ofSeconds(15), Duration.ofSeconds(900), Clock.systemUTC()),
        demoAccounts);
  }

  @Test
  public void theDemoPasswordIsRefusedUnlessDemoAccountsAreOn() {
    assertFalse(logins(false).attempt("li.jianguo", "demo", "10.0.0.9").accepted());
    assertTrue(logins(true).attempt("li.jianguo", "demo", "10.0.0.9").accepted());
  }

  @Test
  public void whileLockedOutEvenTheRightPasswordIsNotTried() {
    Logins l = logins(true);
    for (int i = 0; i < 5; i++) {
      Logins.Outcome o = l.attempt("li.jianguo", "guess" + i, "10.0.0.9");
      assertFalse(o.accepted());
    }
    JaasAuthenticatorTest.LOGINS.set(0);
    Logins.Outcome locked = l.attempt("li.jianguo", "demo", "10.0.0.9");
    assertFalse(locked.accepted());
    assertTrue(locked.lockedOutFor().isPresent());
    assertTrue("the realm was not asked", JaasAuthenticatorTest.LOGINS.get() == 0);
  }
}

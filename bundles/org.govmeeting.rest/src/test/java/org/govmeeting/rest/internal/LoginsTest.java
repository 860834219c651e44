package org.govmeeting.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginException;
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
            if (name.equals("missing") || name.equals("other")) {
              return null;
            }
            return new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  name.equals("ldap-down")
                      ? DirectoryDownModule.class.getName()
                      : JaasAuthenticatorTest.OneUserModule.class.getName(),
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

  /** Answers as Karaf's LDAP module does while the directory is down. */
  public static class DirectoryDownModule extends JaasAuthenticatorTest.OneUserModule {
    @Override
    public boolean login() throws LoginException {
      throw new LoginException("Can't connect to the LDAP server: 127.0.0.1:389");
    }
  }

  private final LoginThrottle throttle =
      new LoginThrottle(5, 20, Duration.ofSeconds(15), Duration.ofSeconds(900), Clock.systemUTC());

  private Logins logins(boolean demoAccounts) {
    return logins("test", demoAccounts);
  }

  private Logins logins(String realm, boolean demoAccounts) {
    return new Logins(
        new JaasAuthenticator(realm, Duration.ZERO, Clock.systemUTC()), throttle, demoAccounts);
  }

  @Test
  public void aRealmThatCannotAnswerLocksNobodyOut() {
    for (String realm : new String[] {"missing", "ldap-down"}) {
      Logins l = logins(realm, true);
      for (int i = 0; i < 30; i++) {
        Logins.Outcome o = l.attempt("li.jianguo", "demo", "10.0.0.9");
        assertFalse(o.accepted());
        assertTrue(realm, o.unchecked());
      }
    }
    assertFalse(throttle.blocked("li.jianguo", "10.0.0.9").isPresent());
    assertTrue(logins(true).attempt("li.jianguo", "demo", "10.0.0.9").accepted());
  }

  @Test
  public void aWrongPasswordIsNoOutage() {
    Logins.Outcome o = logins(true).attempt("li.jianguo", "wrong", "10.0.0.9");
    assertFalse(o.accepted() || o.unchecked());
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

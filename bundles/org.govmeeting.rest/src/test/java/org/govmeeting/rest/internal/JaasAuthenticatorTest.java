package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Real JAAS login contexts against a small realm that accepts one user. */
public class JaasAuthenticatorTest {
  static final AtomicInteger LOGINS = new AtomicInteger();
  private Configuration previous;

  /** Accepts "li.jianguo" / "demo" and counts every attempt. */
  public static class OneUserModule implements LoginModule {
    private CallbackHandler handler;

    @Override
    public void initialize(
        Subject subject, CallbackHandler handler, Map<String, ?> state, Map<String, ?> options) {
      this.handler = handler;
    }

    @Override
    public boolean login() throws LoginException {
      LOGINS.incrementAndGet();
      NameCallback name = new NameCallback("user");
      PasswordCallback password = new PasswordCallback("password", false);
      try {
        handler.handle(new Callback[] {name, password});
      } catch (Exception e) {
        throw new LoginException(e.toString());
      }
      if (!"li.jianguo".equals(name.getName())
          || !"demo".equals(new String(password.getPassword()))) {
        throw new FailedLoginException();
      }
      return true;
    }

    @Override
    public boolean commit() {
      return true;
    }

    @Override
    public boolean abort() {
      return true;
    }

    @Override
    public boolean logout() {
      return true;
    }
  }

  @Before
  public void installRealm() {
    previous = Configuration.getConfiguration();
    Configuration.setConfiguration(
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            if (!"test".equals(name)) {
              return null;
            }
            return new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  OneUserModule.class.getName(),
                  AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                  Map.of())
            };
          }
        });
    LOGINS.set(0);
  }

  @After
  public void restoreRealm() {
    Configuration.setConfiguration(previous);
  }

  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  public void acceptsTheRightPasswordOnly() {
    JaasAuthenticator auth = new JaasAuthenticator("test", Duration.ZERO, Clock.systemUTC());
    assertTrue(auth.authenticate("li.jianguo", "demo".toCharArray()).accepted());
    assertFalse(auth.authenticate("li.jianguo", "wrong".toCharArray()).accepted());
    assertFalse(auth.authenticate("someone", "demo".toCharArray()).accepted());
  }

  @Test
  public void unknownRealmRefusesEveryone() {
    JaasAuthenticator auth =
        new JaasAuthenticator("no-such-realm", Duration.ZERO, Clock.systemUTC());
    JaasAuthenticator.Answer a = auth.authenticate("li.jianguo", "demo".toCharArray());
    assertFalse(a.accepted());
    assertEquals(JaasAuthenticator.Verdict.UNAVAILABLE, a.verdict());
    assertTrue(a.reason(), a.reason().startsWith("realm no-such-realm: "));
  }

  @Test
  public void successIsRememberedForTheConfiguredTimeOnly() {
    MovableClock clock = new MovableClock();
    JaasAuthenticator auth = new JaasAuthenticator("test", Duration.ofSeconds(60), clock);
    assertTrue(auth.authenticate("li.jianguo", "demo".toCharArray()).accepted());
    assertTrue(auth.authenticate("li.jianguo", "demo".toCharArray()).accepted());
    assertEquals(1, LOGINS.get());
    assertFalse(
        "a wrong password never rides on the cache",
        auth.authenticate("li.jianguo", "demo2".toCharArray()).accepted());
    clock.now = clock.now.plusSeconds(61);
    assertTrue(auth.authenticate("li.jianguo", "demo".toCharArray()).accepted());
    assertEquals(3, LOGINS.get());
  }
}

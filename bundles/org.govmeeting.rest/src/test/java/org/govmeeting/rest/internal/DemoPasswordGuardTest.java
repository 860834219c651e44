package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import org.apache.felix.hc.api.Result;
import org.govmeeting.testsupport.Stubs;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * With a realm other than Karaf's own (the portal's LDAP) the guard sends no demo password
 * anywhere: an LDAP server that locks accounts after failed binds would lock the real people out.
 */
public class DemoPasswordGuardTest {
  private final AtomicInteger asked = new AtomicInteger();
  private Configuration previous;
  private String etc;
  private Path dir;

  @Before
  public void installRealms() throws IOException {
    // A users file whose one account still has the demo password, as shipped.
    dir = Files.createTempDirectory("etc");
    Files.writeString(dir.resolve("users.properties"), "li.jianguo = demo,_g_:govmeeting\n");
    etc = System.setProperty("karaf.etc", dir.toString());
    previous = Configuration.getConfiguration();
    Configuration.setConfiguration(
        new Configuration() {
          @Override
          public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            asked.incrementAndGet();
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
  public void restoreRealm() throws IOException {
    Configuration.setConfiguration(previous);
    if (etc == null) {
      System.clearProperty("karaf.etc");
    } else {
      System.setProperty("karaf.etc", etc);
    }
    Files.delete(dir.resolve("users.properties"));
    Files.delete(dir);
  }

  private static RestConfig config(String realm) {
    return Stubs.only(
        RestConfig.class, Map.of("realm", a -> realm, "demoAccounts", a -> Boolean.FALSE));
  }

  @Test
  public void anLdapRealmIsNeverSentTheDemoPassword() {
    DemoPasswordGuard guard = new DemoPasswordGuard(config("govmeeting-ldap"));
    assertTrue(guard.live().isEmpty());
    assertEquals(Result.Status.OK, guard.execute().getStatus());
    assertEquals("no realm was asked", 0, asked.get());
  }

  @Test
  public void karafsOwnRealmIsChecked() {
    DemoPasswordGuard guard = new DemoPasswordGuard(config("karaf"));
    assertEquals(java.util.List.of("li.jianguo"), guard.live());
    assertTrue(asked.get() > 0);
  }
}

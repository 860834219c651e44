package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.govmeeting.itests.Http.Answer;
import org.govmeeting.itests.Slapd.Account;
import org.junit.Assume;
import org.junit.Test;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Logins against the portal's LDAP directory (issue 17, item 1), as an administrator sets them up
 * in the running platform: Karaf's jaas-deployer, the shipped realm file dropped into deploy/ with
 * the directory's address, the REST API pointed at the realm and matching logins by account. A real
 * OpenLDAP server (Debian's slapd) runs for the test on a port of its own. Everything is put back
 * afterwards, so the suite's other classes keep the accounts of etc/users.properties.
 */
public class LdapIT extends PlatformTestSupport {
  private static final String REST_PID = "org.govmeeting.rest";
  private static final String REALM = "govmeeting-ldap";
  private static final int CACHE_SECONDS = 2;

  @Inject ConfigurationAdmin configAdmin;

  private final Account zhangWei = new Account("zhangwei", "zhang.wei@qianjin.gov.cn", pw());
  private final Account guessed = new Account("qianli", "qian.li@qianjin.gov.cn", pw());
  // An LDAP account named like the mayor's ID: with logins matched by account it is nobody.
  private final Account namesake = new Account("li.jianguo", "li.jianguo@example.org", pw());

  private static String pw() {
    return "Ldap-" + Slapd.random();
  }

  @Test
  public void aPersonOfLdapAndTheDirectoryLogsInWithTheDirectorysRolesUntilRemovedFromLdap()
      throws Exception {
    if (Boolean.getBoolean("govmeeting.ldap.required")) {
      assertTrue(Slapd.missing(), Slapd.available());
    }
    Assume.assumeTrue(Slapd.missing(), Slapd.available());

    // The Office adds the person with their account in the portal's directory (any case).
    Answer added =
        http.post(
            "people",
            "liu.yang",
            "{\"id\":\"zhang.wei\",\"name\":\"张伟\",\"title\":\"科员\",\"unitId\":\"EDUCATION\","
                + "\"roles\":[\"DEPARTMENT_STAFF\"],\"account\":\"ZhangWei\"}");
    // 409: a database kept from an earlier run of the suite has them already.
    assertTrue(added.toString(), added.status == 201 || added.status == 409);
    assertEquals(
        "zhangwei", http.get("people/zhang.wei", "liu.yang").json().path("account").asText());

    Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", REALM + ".xml");
    Configuration rest = configAdmin.getConfiguration(REST_PID, null);
    Dictionary<String, Object> before = rest.getProperties();
    boolean deployerWas = features.isInstalled(features.getFeature("jaas-deployer"));
    try (Slapd ldap = new Slapd(List.of(zhangWei, guessed, namesake))) {
      // As README says: the deployer, the shipped file with the directory's values, then the
      // realm for the API once Karaf has it.
      install("jaas-deployer");
      String shipped =
          Files.readString(
              Path.of(System.getProperty("karaf.etc"), REALM + ".xml.example"),
              StandardCharsets.UTF_8);
      Files.writeString(
          deployed,
          shipped
              .replace("ldap://ldap.qianjin.gov.cn:389", ldap.url())
              .replace("CHANGE-ME", ldap.servicePassword()),
          StandardCharsets.UTF_8);
      awaitRealm(true);
      Dictionary<String, Object> ldapLogins = copy(before);
      ldapLogins.put("realm", REALM);
      ldapLogins.put("accountMatch", "account");
      ldapLogins.put("loginCacheSeconds", String.valueOf(CACHE_SECONDS));
      rest.update(ldapLogins);

      Answer me = until(() -> me(zhangWei.uid(), zhangWei.password()), s -> s == 200);
      JsonNode person = me.json().path("person");
      assertEquals("zhang.wei", person.path("id").asText());
      assertEquals("[\"DEPARTMENT_STAFF\"]", person.path("roles").toString());
      assertEquals(
          "LDAP compares uid without case", 200, me("ZhangWei", zhangWei.password()).status);
      // Roles are the directory's: a department's staff member does not maintain it.
      Answer write =
          http.send(
              "POST",
              "people",
              zhangWei.uid(),
              zhangWei.password(),
              "application/json",
              "{\"id\":\"x.y\",\"name\":\"某\",\"unitId\":\"EDUCATION\","
                  + "\"roles\":[\"DEPARTMENT_STAFF\"]}");
      assertProblem(write, 403, null);

      assertProblem(me(namesake.uid(), namesake.password()), 403, null);
      assertProblem(me("liu.yang", Http.DEMO_PASSWORD), 401, null);

      // Wrong passwords of an LDAP account are logged and throttled like any others.
      for (int i = 1; i <= 5; i++) {
        assertProblem(me(guessed.uid(), "wrong-" + i), 401, null);
      }
      Answer locked = me(guessed.uid(), guessed.password());
      assertProblem(locked, 429, null);
      assertTrue(locked.toString(), locked.header("Retry-After") != null);
      String log = securityLog();
      assertTrue(
          log,
          log.contains(
              "failed login of 'qianli' from 127.0.0.1 (wrong user name or password, failure 1);"
                  + " realm govmeeting-ldap: Authentication failed"));
      assertTrue(log, log.contains("lockout after failure 5 of 'qianli' from 127.0.0.1"));

      // Removed from the portal's directory: refused once the login cache period is over.
      ok(me(zhangWei.uid(), zhangWei.password()), 200);
      ldap.delete(zhangWei.dn());
      long removed = System.nanoTime();
      Answer refused =
          until(
              () -> me(zhangWei.uid(), zhangWei.password()), s -> s != 200, Duration.ofSeconds(30));
      long seconds = Duration.ofNanos(System.nanoTime() - removed).toSeconds();
      assertProblem(refused, 401, null);
      assertTrue(
          "refused " + seconds + " s after removal; the cache is " + CACHE_SECONDS + " s",
          seconds <= CACHE_SECONDS + 3);
      assertTrue(
          securityLog(), securityLog().contains("failed login of 'zhangwei' from 127.0.0.1"));

      // The directory down: 503 and nothing counted, as Karaf's module words it.
      ldap.close();
      for (int i = 0; i < 6; i++) {
        Answer down = me("sun.yi", "any-" + i);
        assertProblem(down, 503, null);
        assertEquals(
            down.toString(),
            "urn:govmeeting:problem:login-unavailable",
            down.json().path("type").asText());
      }
      assertTrue(
          securityLog(),
          securityLog()
              .contains(
                  "login of 'sun.yi' from 127.0.0.1 not checked: the realm cannot answer (realm"
                      + " govmeeting-ldap: Can't connect to the LDAP server"));
    } finally {
      rest.update(before);
      Files.deleteIfExists(deployed);
      awaitRealm(false);
      if (!deployerWas) {
        features.uninstallFeature(
            "jaas-deployer", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
      }
    }
    until(() -> http.get("me", "liu.yang"), s -> s == 200);
  }

  private Answer me(String user, String password) {
    return http.send("GET", "me", user, password, null, null);
  }

  /** Waits until Karaf has (or no longer has) the realm the deployed file describes. */
  private void awaitRealm(boolean present) throws InterruptedException, InvalidSyntaxException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      var refs =
          bundleContext.getAllServiceReferences(
              "org.apache.karaf.jaas.config.JaasRealm",
              "(org.apache.karaf.jaas.module=" + REALM + ")");
      if ((refs != null) == present) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("realm " + REALM + (present ? " never came" : " never went"));
  }

  private static String securityLog() throws IOException {
    return Files.readString(
        Path.of(System.getProperty("karaf.data"), "log", "security.log"), StandardCharsets.UTF_8);
  }

  private static Dictionary<String, Object> copy(Dictionary<String, Object> d) {
    Dictionary<String, Object> out = new Hashtable<>();
    for (var keys = d.keys(); keys.hasMoreElements(); ) {
      String k = keys.nextElement();
      out.put(k, d.get(k));
    }
    return out;
  }

  private static Answer until(Supplier<Answer> call, IntPredicate status)
      throws InterruptedException {
    return until(call, status, Duration.ofSeconds(60));
  }

  /** The first answer whose status passes (components restart when their settings change). */
  private static Answer until(Supplier<Answer> call, IntPredicate status, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    Answer a = call.get();
    while ((a == null || !status.test(a.status)) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      a = call.get();
    }
    assertTrue(String.valueOf(a), a != null && status.test(a.status));
    return a;
  }
}

package org.govmeeting.rest.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.govmeeting.api.config.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A distribution that is not a demo does not serve while the demo passwords still open it (issue
 * 14, item 5): with {@code demoAccounts} off, as long as an account of {@code etc/users.properties}
 * logs in with the demo password, every call under {@code /api} answers 503 {@code demo-passwords}
 * and readiness ({@code /health}) is DOWN, so no balancer sends staff to it. The accounts are named
 * in the security log, never to callers. Once the administrator has given them their own passwords
 * or removed them, the API serves within seconds, without a restart. With {@code demoAccounts} on
 * (development, the pilot) there is nothing to guard.
 */
@Component(
    service = {DemoPasswordGuard.class, HealthCheck.class},
    configurationPid = RestConfig.PID,
    property = {
      HealthCheck.NAME + "=govmeeting demo passwords",
      HealthCheck.TAGS + "=govmeeting",
      HealthCheck.TAGS + "=security"
    })
public class DemoPasswordGuard implements HealthCheck {
  private static final Logger LOG = LoggerFactory.getLogger(DemoPasswordGuard.class);

  /** Karaf's own realm, whose accounts etc/users.properties holds. */
  static final String USERS_FILE_REALM = "karaf";

  private final DemoPasswords passwords;
  private volatile List<String> reported = List.of();

  @Activate
  public DemoPasswordGuard(RestConfig config) {
    // Silent: the access filter reports a refused realm setting already.
    String name = JaasAuthenticator.realm(config, new Settings(RestConfig.PID, m -> {}));
    // Only the properties realm reads etc/users.properties. Another (LDAP) would be sent the
    // demo password for each account of the file every few seconds, and a directory that locks
    // accounts after failed binds would lock real people out; the password "demo" is refused
    // at every login anyway while demoAccounts is off (Logins).
    if (config.demoAccounts() || !USERS_FILE_REALM.equals(name)) {
      this.passwords = null;
      return;
    }
    String etc = System.getProperty("karaf.etc", "etc");
    JaasAuthenticator realm = new JaasAuthenticator(name, Duration.ZERO, Clock.systemUTC());
    this.passwords =
        new DemoPasswords(Path.of(etc, "users.properties"), realm::login, System::nanoTime);
  }

  /** The accounts that still log in with the demo password; empty when the API may serve. */
  List<String> live() {
    if (passwords == null) {
      return List.of();
    }
    List<String> accounts = passwords.live();
    report(accounts);
    return accounts;
  }

  /** The answer to every call while {@link #live()} is not empty. */
  static Problem refusal(List<Locale> languages) {
    boolean en = Outage.english(languages);
    return new Problem(
        503,
        "demo-passwords",
        en ? "Not in service: the demo passwords still work" : "平台未投入使用：演示密码仍然有效",
        en
            ? "Demo accounts are off (demoAccounts = false), but accounts of"
                + " etc/users.properties still log in with the demo password. The platform"
                + " serves once the administrator has given them their own passwords or removed"
                + " them; security.log names them."
            : "演示账户已关闭（demoAccounts = false），但 etc/users.properties 中仍有账户可用演示密码登录。"
                + "管理员为这些账户设置各自的密码或删除它们之后，平台即恢复服务；账户名单见 security.log。");
  }

  @Override
  public Result execute() {
    FormattingResultLog log = new FormattingResultLog();
    List<String> accounts = live();
    if (accounts.isEmpty()) {
      log.info("no account of etc/users.properties logs in with the demo password");
    } else {
      log.critical(
          "{} accounts of etc/users.properties log in with the demo password while demoAccounts"
              + " is off; the API does not serve",
          accounts.size());
    }
    return new Result(log);
  }

  /** One log line per change of what was found, not one per request (nor a lock per request). */
  private void report(List<String> accounts) {
    if (accounts.equals(reported)) {
      return;
    }
    reportChange(accounts);
  }

  private synchronized void reportChange(List<String> accounts) {
    if (accounts.equals(reported)) {
      return;
    }
    if (accounts.isEmpty()) {
      Logins.SECURITY.info("no account logs in with the demo password any more; the API serves");
      LOG.info("no account logs in with the demo password any more; the API serves");
    } else {
      String shown =
          accounts.size() <= 20
              ? String.join(", ", accounts)
              : String.join(", ", accounts.subList(0, 20)) + ", …";
      String line =
          "the API does not serve: demoAccounts is off, but "
              + accounts.size()
              + " accounts of etc/users.properties still log in with the demo password ("
              + shown
              + "). Give each its own password (jaas:realm-manage --realm karaf; jaas:user-add"
              + " <name> <password>; jaas:update) or remove it; the API serves within seconds of"
              + " the change.";
      Logins.SECURITY.error(line);
      LOG.error(line);
    }
    reported = accounts;
  }
}

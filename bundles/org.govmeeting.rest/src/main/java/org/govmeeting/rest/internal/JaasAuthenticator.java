package org.govmeeting.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.CredentialException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * Checks a user name and password against a JAAS realm. Successful logins are remembered for a
 * short while by a salted digest of the credentials (never the password itself), because running
 * the realm's modules on every request is the slowest part of a call.
 */
final class JaasAuthenticator {
  private final String realm;
  private final Duration cacheFor;
  private final Clock clock;
  private final byte[] salt;
  private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

  JaasAuthenticator(String realm, Duration cacheFor, Clock clock) {
    this.realm = realm;
    this.cacheFor = cacheFor;
    this.clock = clock;
    this.salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
  }

  /** The realm of the configuration, or Karaf's own when it names none. */
  static String realm(RestConfig config, org.govmeeting.api.config.Settings settings) {
    return settings.check(
        "realm", config.realm(), r -> !r.isBlank(), "names a JAAS realm", "karaf");
  }

  /** The realm's answer, remembered or asked. */
  Answer authenticate(String user, char[] password) {
    String key = cacheFor.isZero() ? null : digest(user, password);
    Instant now = clock.instant();
    if (key != null) {
      Instant until = remembered.get(key);
      if (until != null && now.isBefore(until)) {
        return Answer.ACCEPTED;
      }
    }
    Answer answer = ask(user, password);
    if (!answer.accepted()) {
      return answer;
    }
    if (key != null) {
      if (remembered.size() > 10_000) {
        remembered.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
      }
      remembered.put(key, now.plus(cacheFor));
    }
    return answer;
  }

  /** What the realm said: yes, no, or nothing (it is not there, or one of its modules failed). */
  enum Verdict {
    ACCEPTED,
    REFUSED,
    UNAVAILABLE
  }

  /**
   * A verdict with what the realm gave as its reason, for the security log: an LDAP realm answers
   * every refusal with a plain {@link LoginException} whose message alone tells a wrong password
   * ("Invalid Credentials"), an unknown account ("all modules ignored") and a directory that cannot
   * be reached ("Can't connect to the LDAP server") apart.
   */
  record Answer(Verdict verdict, String reason, boolean unchecked) {
    static final Answer ACCEPTED = new Answer(Verdict.ACCEPTED, "", false);

    boolean accepted() {
      return verdict == Verdict.ACCEPTED;
    }
  }

  /** What Karaf's LDAP module says when the directory does not answer (LDAPLoginModule). */
  static final String LDAP_UNREACHABLE = "Can't connect to the LDAP server";

  /** The realm asked at once, never the remembered logins. */
  Verdict login(String user, char[] password) {
    return ask(user, password).verdict();
  }

  private Answer ask(String user, char[] password) {
    // JAAS looks login modules up through the context class loader; Karaf's proxy module finds
    // the realm's own bundles itself, so ours must not get in the way.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
    LoginContext context;
    try {
      context =
          new LoginContext(
              realm,
              new Subject(),
              callbacks -> {
                for (Callback cb : callbacks) {
                  if (cb instanceof NameCallback) {
                    ((NameCallback) cb).setName(user);
                  } else if (cb instanceof PasswordCallback) {
                    ((PasswordCallback) cb).setPassword(password.clone());
                  } else {
                    throw new UnsupportedCallbackException(cb);
                  }
                }
              });
    } catch (LoginException noSuchRealm) {
      // Not registered (yet: Karaf registers its realms while the platform starts; a deployed
      // realm file may be missing or broken): no password was checked.
      thread.setContextClassLoader(previous);
      return new Answer(Verdict.UNAVAILABLE, reason(noSuchRealm), true);
    }
    try {
      context.login();
      return Answer.ACCEPTED;
    } catch (FailedLoginException | AccountException | CredentialException e) {
      return new Answer(Verdict.REFUSED, reason(e), false);
    } catch (LoginException e) {
      // A module of the realm could not run, or said no: an LDAP module says no this way too,
      // and tells a directory that cannot be reached apart only by its message.
      String m = e.getMessage();
      boolean unreachable = m != null && m.startsWith(LDAP_UNREACHABLE);
      return new Answer(Verdict.UNAVAILABLE, reason(e), unreachable);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The realm's message, bounded: it may quote what the LDAP server answered. */
  private String reason(LoginException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = "realm " + realm + ": " + m;
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private String digest(String user, char[] password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(user.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
      sha.update(pw);
      Arrays.fill(pw, (byte) 0);
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

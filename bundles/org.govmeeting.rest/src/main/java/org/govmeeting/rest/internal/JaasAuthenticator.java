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
    return settings.check("realm", config.realm(), r -> !r.isBlank(), "must name a JAAS realm");
  }

  /** Whether the realm accepts these credentials. */
  boolean authenticate(String user, char[] password) {
    String key = cacheFor.isZero() ? null : digest(user, password);
    Instant now = clock.instant();
    if (key != null) {
      Instant until = remembered.get(key);
      if (until != null && now.isBefore(until)) {
        return true;
      }
    }
    if (login(user, password) != Verdict.ACCEPTED) {
      return false;
    }
    if (key != null) {
      if (remembered.size() > 10_000) {
        remembered.entrySet().removeIf(e -> !now.isBefore(e.getValue()));
      }
      remembered.put(key, now.plus(cacheFor));
    }
    return true;
  }

  /** What the realm said: yes, no, or nothing (it is not there, or one of its modules failed). */
  enum Verdict {
    ACCEPTED,
    REFUSED,
    UNAVAILABLE
  }

  /** The realm asked at once, never the remembered logins. */
  Verdict login(String user, char[] password) {
    // JAAS looks login modules up through the context class loader; Karaf's proxy module finds
    // the realm's own bundles itself, so ours must not get in the way.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
    try {
      LoginContext context =
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
      context.login();
      return Verdict.ACCEPTED;
    } catch (FailedLoginException | AccountException | CredentialException e) {
      return Verdict.REFUSED;
    } catch (LoginException e) {
      // No such realm (yet: Karaf registers it while the platform starts), or a module of it
      // could not run.
      return Verdict.UNAVAILABLE;
    } finally {
      thread.setContextClassLoader(previous);
    }
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

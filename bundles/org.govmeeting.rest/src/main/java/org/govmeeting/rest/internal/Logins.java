package org.govmeeting.rest.internal;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One login attempt, decided: locked out, refused or accepted. Every refusal and every lockout is
 * written to the security log (data/log/security.log) with the account and the client address.
 */
final class Logins {
  static final Logger SECURITY = LoggerFactory.getLogger("org.govmeeting.security");
  static final String DEMO_PASSWORD = "demo";

  /** What became of an attempt; {@code lockedOutFor} is set when the caller is locked out. */
  record Outcome(boolean accepted, Optional<Duration> lockedOutFor, boolean unchecked) {
    static final Outcome ACCEPTED = new Outcome(true, Optional.empty(), false);
    static final Outcome REFUSED = new Outcome(false, Optional.empty(), false);

    /** The realm could not check the password (not registered, or its directory is down). */
    static final Outcome UNCHECKED = new Outcome(false, Optional.empty(), true);
  }

  private final JaasAuthenticator authenticator;
  private final LoginThrottle throttle;
  private final boolean demoAccounts;

  Logins(JaasAuthenticator authenticator, LoginThrottle throttle, boolean demoAccounts) {
    this.authenticator = authenticator;
    this.throttle = throttle;
    this.demoAccounts = demoAccounts;
  }

  Outcome attempt(String user, String password, String address) {
    Optional<Duration> wait = throttle.blocked(user, address);
    if (wait.isPresent()) {
      // Not even checked: while locked, a right guess must look exactly like a wrong one.
      SECURITY.warn("login of '{}' from {} refused: locked out", shown(user), address);
      return new Outcome(false, wait, false);
    }
    boolean demo = !demoAccounts && DEMO_PASSWORD.equals(password);
    JaasAuthenticator.Answer answer =
        demo ? null : authenticator.authenticate(user, password.toCharArray());
    if (answer != null && answer.accepted()) {
      throttle.succeeded(user);
      return Outcome.ACCEPTED;
    }
    if (answer != null && answer.unchecked()) {
      // Nothing was guessed, so nothing counts: an outage of the portal's directory must not
      // leave people (or a proxy's address) locked out once it is back.
      SECURITY.warn(
          "login of '{}' from {} not checked: the realm cannot answer ({})",
          shown(user),
          address,
          answer.reason());
      return Outcome.UNCHECKED;
    }
    // Whatever else the realm's reason (an LDAP realm gives no other sign of a wrong password
    // than its message), the attempt counts: a guesser must not get free tries by any answer.
    LoginThrottle.Failure f = throttle.failed(user, address);
    SECURITY.warn(
        "failed login of '{}' from {} ({}, failure {}){}",
        shown(user),
        address,
        demo ? "demo password while demoAccounts is off" : "wrong user name or password",
        f.failures(),
        answer == null ? "" : "; " + answer.reason());
    if (f.locks()) {
      SECURITY.warn(
          "lockout after failure {} of '{}' from {}: {} s",
          f.failures(),
          shown(user),
          address,
          f.lockedFor().toSeconds());
    }
    return Outcome.REFUSED;
  }

  /** A user name as logged: bounded, so a megabyte of name cannot fill the security log. */
  private static String shown(String user) {
    return user.length() > 64 ? user.substring(0, 64) + "…" : user;
  }
}

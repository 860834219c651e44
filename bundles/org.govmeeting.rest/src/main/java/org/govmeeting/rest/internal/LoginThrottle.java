package org.govmeeting.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per account and per client address. From the threshold on, each failure
 * locks the key for a time that doubles with every further failure (up to a ceiling), and while
 * locked no password is checked at all: guessing costs the attacker time, never the server a
 * thread, since the caller is answered at once with the time to wait.
 */
final class LoginThrottle {
  /** Whether a failure started (or extended) a lockout, and for how long. */
  record Failure(int failures, Duration lockedFor) {
    boolean locks() {
      return !lockedFor.isZero();
    }
  }

  private static final int MAX_KEYS = 50_000;

  private final int perAccount;
  private final int perAddress;
  private final Duration first;
  private final Duration longest;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private static final class Entry {
    int failures;
    Instant last;
    Instant lockedUntil = Instant.MIN;
  }

  LoginThrottle(int perAccount, int perAddress, Duration first, Duration longest, Clock clock) {
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.first = first;
    this.longest = longest;
    this.clock = clock;
  }

  /** How long the caller must still wait before a login of this account from there is tried. */
  Optional<Duration> blocked(String account, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : new String[] {accountKey(account), addressKey(address)}) {
      Entry e = entries.get(key);
      if (e != null) {
        synchronized (e) {
          if (now.isBefore(e.lockedUntil)) {
            Duration left = Duration.between(now, e.lockedUntil);
            wait = left.compareTo(wait) > 0 ? left : wait;
          }
        }
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Counts a wrong password; the longer of the two keys' lockouts is returned. */
  Failure failed(String account, String address) {
    Instant now = clock.instant();
    if (entries.size() > MAX_KEYS) {
      entries.values().removeIf(e -> forgotten(e, now));
    }
    Failure a = count(accountKey(account), perAccount, now);
    Failure b = count(addressKey(address), perAddress, now);
    return b.lockedFor.compareTo(a.lockedFor) > 0 ? b : a;
  }

  /**
   * A correct password clears the account's count only: an address that guesses at many accounts
   * must not reset its own count by logging in to one it owns.
   */
  void succeeded(String account) {
    entries.remove(accountKey(account));
  }

  private Failure count(String key, int threshold, Instant now) {
    Entry e = entries.computeIfAbsent(key, k -> new Entry());
    synchronized (e) {
      if (forgotten(e, now)) {
        e.failures = 0;
      }
      e.failures++;
      e.last = now;
      if (e.failures < threshold) {
        return new Failure(e.failures, Duration.ZERO);
      }
      int doublings = Math.min(e.failures - threshold, 30);
      Duration lock = first.multipliedBy(1L << doublings);
      if (lock.compareTo(longest) > 0) {
        lock = longest;
      }
      e.lockedUntil = now.plus(lock);
      return new Failure(e.failures, lock);
    }
  }

  private boolean forgotten(Entry e, Instant now) {
    return e.last != null
        && !now.isBefore(e.lockedUntil)
        && Duration.between(e.last, now).compareTo(longest) > 0;
  }

  private static String accountKey(String account) {
    return "account:" + account.toLowerCase(java.util.Locale.ROOT);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}

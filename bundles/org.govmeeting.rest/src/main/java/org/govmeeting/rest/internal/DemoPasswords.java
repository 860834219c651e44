package org.govmeeting.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.govmeeting.rest.internal.JaasAuthenticator.Verdict;

/**
 * The accounts of the users file that the realm still lets in with the demo password. Read again
 * whenever the file changes (an administrator edits it, {@code jaas:user-add} writes it), checked
 * at most once per {@link #EVERY_NANOS}: each check asks the realm once per account, and requests
 * ask often. Only the accounts listed in the file are tried, since the demo passwords are shipped
 * there and nowhere else; a realm that answers from LDAP is asked about those names only.
 */
final class DemoPasswords {
  static final long EVERY_NANOS = 5_000_000_000L;

  /** What the last complete check found, and for which state of the file. */
  private record Found(FileTime modified, long size, List<String> accounts) {}

  private final Path users;
  private final BiFunction<String, char[], Verdict> realm;
  private final LongSupplier nanos;
  // Read without the lock on every request; written under it when the file is checked again.
  private volatile Found found;
  private volatile long checkedAt;
  private volatile boolean checkedOnce;

  DemoPasswords(Path users, BiFunction<String, char[], Verdict> realm, LongSupplier nanos) {
    this.users = users;
    this.realm = realm;
    this.nanos = nanos;
  }

  /**
   * The accounts that log in with the demo password, as far as known. Until the realm has answered
   * for every account (it is registered while Karaf starts) nobody is known to, and the check is
   * made again at the next call after {@link #EVERY_NANOS}.
   */
  List<String> live() {
    long now = nanos.getAsLong();
    if (checkedOnce && now - checkedAt < EVERY_NANOS) {
      Found f = found;
      return f == null ? List.of() : f.accounts();
    }
    return check(now);
  }

  private synchronized List<String> check(long now) {
    if (checkedOnce && now - checkedAt < EVERY_NANOS) {
      Found f = found;
      return f == null ? List.of() : f.accounts();
    }
    checkedOnce = true;
    checkedAt = now;
    FileTime modified;
    long size;
    try {
      modified = Files.getLastModifiedTime(users);
      size = Files.size(users);
    } catch (NoSuchFileException gone) {
      found = new Found(FileTime.fromMillis(0), -1, List.of());
      return found.accounts();
    } catch (IOException unreadable) {
      return found == null ? List.of() : found.accounts();
    }
    if (found != null && found.modified().equals(modified) && found.size() == size) {
      return found.accounts();
    }
    List<String> accounts = new ArrayList<>();
    for (String name : accounts()) {
      Verdict v = realm.apply(name, Logins.DEMO_PASSWORD.toCharArray());
      if (v == Verdict.UNAVAILABLE) {
        return found == null ? List.of() : found.accounts();
      }
      if (v == Verdict.ACCEPTED) {
        accounts.add(name);
      }
    }
    // The realm replaces a clear password by its digest at the first login, which changes the
    // file once more: the state after the check is the one it stands for.
    try {
      found = new Found(Files.getLastModifiedTime(users), Files.size(users), List.copyOf(accounts));
    } catch (IOException e) {
      found = new Found(modified, size, List.copyOf(accounts));
    }
    return found.accounts();
  }

  /** The account names of the users file: every key but the groups ({@code _g_:name}). */
  private List<String> accounts() {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(users)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException unreadable) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      if (!key.startsWith("_g_:") && !key.isBlank()) {
        names.add(key);
      }
    }
    return names;
  }
}

package org.govmeeting.api.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Checks one configuration value. A bad value is refused: the component keeps the default, and one
 * log line names the configuration, the setting, the value and why, so an administrator who
 * mistyped {@code etc/*.cfg} sees it at once instead of a half-working module.
 */
public final class Settings {
  private final String pid;
  private final Consumer<String> log;

  /**
   * @param pid the configuration's PID, as in {@code etc/<pid>.cfg}
   * @param log where the refusal is written (the component's logger at error level)
   */
  public Settings(String pid, Consumer<String> log) {
    this.pid = pid;
    this.log = log;
  }

  public <T> T check(String name, T value, Predicate<T> valid, String rule, T fallback) {
    if (value != null && valid.test(value)) {
      return value;
    }
    log.accept(
        pid + ": setting " + name + " = " + value + " refused (" + rule + "); using " + fallback);
    return fallback;
  }

  public int atLeast(String name, int value, int min, int fallback) {
    return check(name, value, v -> v >= min, "must be at least " + min, fallback);
  }

  public long atLeast(String name, long value, long min, long fallback) {
    return check(name, value, v -> v >= min, "must be at least " + min, fallback);
  }

  /**
   * A time zone by its ID ({@code Asia/Shanghai}, {@code Asia/Urumqi}, {@code UTC}); an ID the Java
   * time-zone database does not know is refused.
   */
  public ZoneId zone(String name, String value, ZoneId fallback) {
    String id =
        check(
            name,
            value,
            Settings::isZone,
            "must be a time-zone ID such as Asia/Shanghai",
            fallback.getId());
    return ZoneId.of(id.trim());
  }

  private static boolean isZone(String id) {
    try {
      ZoneId.of(id.trim());
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  public int between(String name, int value, int min, int max, int fallback) {
    return check(
        name, value, v -> v >= min && v <= max, "must be between " + min + " and " + max, fallback);
  }
}

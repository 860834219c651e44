package org.govmeeting.api.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Checks what a configuration's type and range cannot say: a time zone the database knows, a font
 * that exists, an origin's form. Types and ranges are the metatype's ({@code @AttributeDefinition}
 * min and max), checked by the settings guard before a component sees the value. A bad value is
 * refused: the component uses the default its {@code @ObjectClassDefinition} declares, the only
 * place a default is written, and one log line names the configuration, the setting, the value and
 * what is allowed, so an administrator who mistyped {@code etc/*.cfg} sees it at once instead of a
 * half-working module.
 */
public final class Settings {
  private final String pid;
  private final Class<? extends Annotation> type;
  private final Consumer<String> log;

  /**
   * @param pid the configuration's PID, as in {@code etc/<pid>.cfg}
   * @param type the configuration's {@code @ObjectClassDefinition}, whose defaults are used
   * @param log where a refusal is written (the component's logger at error level)
   */
  public Settings(String pid, Class<? extends Annotation> type, Consumer<String> log) {
    this.pid = pid;
    this.type = type;
    this.log = log;
  }

  /**
   * The default a configuration type declares for a setting ({@code jpa.target} is the method
   * {@code jpa_target}, as Declarative Services maps it).
   *
   * @throws IllegalArgumentException if the type has no such setting or no default for it
   */
  @SuppressWarnings("unchecked")
  public static <T> T defaultOf(Class<? extends Annotation> type, String name) {
    try {
      Method m = type.getMethod(name.replace('.', '_'));
      Object value = m.getDefaultValue();
      if (value == null) {
        throw new IllegalArgumentException(type.getName() + "." + name + " declares no default");
      }
      return (T) value;
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no setting " + name, e);
    }
  }

  /** The default this configuration's type declares for a setting. */
  public <T> T defaultOf(String name) {
    return defaultOf(type, name);
  }

  /** The value if {@code valid}, else the default, with one log line saying why. */
  public <T> T check(String name, T value, Predicate<T> valid, String rule) {
    if (value != null && valid.test(value)) {
      return value;
    }
    T fallback = defaultOf(name);
    log.accept(refused(name, value, rule) + "; using the default, " + show(fallback));
    return fallback;
  }

  /**
   * The values of a list setting, each trimmed, blank ones left out. A {@code .cfg} file holds one
   * string per setting, so a list is written there comma-separated ({@code allowedAddresses =
   * 127.0.0.1, 10.0.0.5}); Declarative Services hands that over as a one-element array.
   */
  public static List<String> list(String[] values) {
    List<String> out = new ArrayList<>();
    for (String v : values == null ? new String[0] : values) {
      for (String part : v == null ? new String[0] : v.split(",")) {
        if (!part.isBlank() && !out.contains(part.trim())) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  /**
   * The values of a list setting ({@link #list}) that are {@code valid}, one log line for each
   * refused one; the default list when none is left.
   */
  public List<String> each(String name, String[] values, Predicate<String> valid, String rule) {
    String[] fallback = defaultOf(name);
    List<String> kept = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String v : values == null ? List.of(fallback) : list(values)) {
      (v != null && valid.test(v) ? kept : refused).add(v);
    }
    String using = kept.isEmpty() ? "; using the default, " + show(fallback) : "; left out";
    for (String v : refused) {
      log.accept(refused(name, v, rule) + using);
    }
    return kept.isEmpty() ? List.of(fallback) : kept;
  }

  /**
   * A time zone by its ID ({@code Asia/Shanghai}, {@code Asia/Urumqi}, {@code UTC}); an ID the Java
   * time-zone database does not know is refused.
   */
  public ZoneId zone(String name, String value) {
    String id =
        check(name, value, Settings::isZone, "must be a time-zone ID such as Asia/Shanghai");
    return ZoneId.of(id.trim());
  }

  private String refused(String name, Object value, String rule) {
    return pid + ": setting " + name + " = " + value + " refused (" + rule + ")";
  }

  private static String show(Object value) {
    return value instanceof Object[] a ? String.join(", ", toStrings(a)) : String.valueOf(value);
  }

  private static List<String> toStrings(Object[] a) {
    List<String> out = new ArrayList<>();
    for (Object o : a) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static boolean isZone(String id) {
    try {
      ZoneId.of(id.trim());
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}

package org.govmeeting.api.directory;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The district an act or a read runs for. Every module keeps each district's records apart: its
 * persistence adds the district of the running scope to every query, insert, update and delete
 * (EclipseLink's single-table multitenancy on a {@code DISTRICT_ID} column), so that nothing of
 * another district can be read or changed, whatever a caller asks for.
 *
 * <p>The scope is the caller's district as the directory gives it (the REST API and the console set
 * it from the authenticated person, never from a request parameter); an event is delivered in the
 * district it was published in. Where nothing set a scope (start-up, a single-district platform)
 * the default district applies, the one an existing single-district database migrated into.
 *
 * @since 1.3
 */
public final class DistrictScope {
  /** The first district, Qianjin: the one data of a single-district platform belongs to. */
  public static final String DEFAULT = "qianjin";

  /**
   * The persistence-context property that carries the district to EclipseLink; it is the name of
   * the tenant discriminator's context property on every district-scoped entity.
   */
  public static final String PROPERTY = "govmeeting.district";

  /** The column every district-scoped table keeps its district in. */
  public static final String COLUMN = "DISTRICT_ID";

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private DistrictScope() {}

  /** The district of the running scope, or {@link #DEFAULT} where none was set. */
  public static String current() {
    String d = CURRENT.get();
    return d == null ? DEFAULT : d;
  }

  /** Whether a scope was set on this thread (rather than the default applying). */
  public static boolean isSet() {
    return CURRENT.get() != null;
  }

  /** Runs {@code work} in {@code district}'s scope, restoring the scope it found afterwards. */
  public static <T> T call(String district, Supplier<T> work) {
    Objects.requireNonNull(district, "district");
    String before = CURRENT.get();
    CURRENT.set(district);
    try {
      return work.get();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  /** Runs {@code work} in {@code district}'s scope, restoring the scope it found afterwards. */
  public static void run(String district, Runnable work) {
    call(
        district,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Enters {@code district}'s scope until the returned handle is closed: for a filter that spans a
   * whole request.
   */
  public static Entered enter(String district) {
    Objects.requireNonNull(district, "district");
    String before = CURRENT.get();
    CURRENT.set(district);
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** A scope entered by {@link #enter}; closing it restores the one before. */
  @FunctionalInterface
  public interface Entered extends AutoCloseable {
    @Override
    void close();
  }
}

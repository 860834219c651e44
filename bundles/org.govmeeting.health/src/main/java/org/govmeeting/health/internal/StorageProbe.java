package org.govmeeting.health.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.govmeeting.api.error.StorageUnavailableException;

/**
 * One look at the database through the platform's own data source: a connection from its pool and a
 * count of the changelog rows, with a short timeout. The query reads a real table, not a constant:
 * a Derby database that shut itself down after an I/O error can still answer {@code VALUES 1} while
 * none of its tables can be read.
 */
final class StorageProbe {
  static final String QUERY = "SELECT COUNT(*) FROM DATABASECHANGELOG";

  /** What one probe found. */
  record Outcome(boolean up, String message, Throwable failure, boolean unmigrated) {
    /** Whether the failure is the storage being unavailable (not, say, a table missing). */
    boolean storageFailure() {
      return failure != null && StorageUnavailableException.isStorageFailure(failure);
    }
  }

  private StorageProbe() {}

  static Outcome probe(DataSource dataSource, int timeoutSeconds) {
    if (dataSource == null) {
      return new Outcome(
          false,
          "no data source 'govmeeting' is registered: the database could not be reached when it"
              + " was made, or it is not configured",
          null,
          false);
    }
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(timeoutSeconds);
      try (ResultSet r = s.executeQuery(QUERY)) {
        r.next();
        long changeSets = r.getLong(1);
        return new Outcome(
            true,
            "the database answers ("
                + changeSets
                + " changeSets recorded) in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms",
            null,
            false);
      }
    } catch (SQLException | RuntimeException e) {
      if (tableMissing(e)) {
        return new Outcome(
            false,
            "the database answers, but no module is migrated yet: " + e.getMessage(),
            e,
            true);
      }
      return new Outcome(false, "the database does not answer: " + describe(e), e, false);
    }
  }

  /** Derby's and PostgreSQL's "no such table". */
  static boolean tableMissing(Throwable e) {
    return e instanceof SQLException
        && ("42X05".equals(((SQLException) e).getSQLState())
            || "42P01".equals(((SQLException) e).getSQLState()));
  }

  /** The failure and its causes, with SQLStates, on one line. */
  static String describe(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null && out.length() < 600; t = t.getCause()) {
      if (out.length() > 0) {
        out.append(" <- ");
      }
      out.append(t.getClass().getSimpleName());
      if (t instanceof SQLException && ((SQLException) t).getSQLState() != null) {
        out.append(" [").append(((SQLException) t).getSQLState()).append(']');
      }
      out.append(": ").append(t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return out.toString();
  }
}

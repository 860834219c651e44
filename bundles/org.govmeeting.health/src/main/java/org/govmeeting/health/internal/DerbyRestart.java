package org.govmeeting.health.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots an embedded Derby database again after it failed. Derby shuts a database down when it
 * cannot write its log or a container (files unwritable, disk full), but leaves it half there:
 * every later connection fails (a NullPointerException on the container cache, or tables that seem
 * not to exist) until the database is shut down explicitly, and only then does the next connection
 * boot it afresh from its files. This does that shutdown, and only when a connection of its own,
 * outside the pool, also fails: a pool that is merely busy never costs the running acts.
 */
final class DerbyRestart {
  private static final Logger LOG = LoggerFactory.getLogger(DerbyRestart.class);
  private static final String PREFIX = "jdbc:derby:";

  private final String database;
  private final DataSourceFactory derby;

  private DerbyRestart(String database, DataSourceFactory derby) {
    this.database = database;
    this.derby = derby;
  }

  /**
   * For an embedded Derby URL ({@code jdbc:derby:/path;create=true}), or null for any other
   * database (a network URL, another driver), where the server recovers by itself.
   */
  static DerbyRestart of(Object url, DataSourceFactory derby) {
    String database = embeddedDatabase(url);
    return database == null || derby == null ? null : new DerbyRestart(database, derby);
  }

  static String embeddedDatabase(Object url) {
    if (!(url instanceof String) || !((String) url).startsWith(PREFIX)) {
      return null;
    }
    String rest = ((String) url).substring(PREFIX.length());
    if (rest.startsWith("//") || rest.startsWith("memory:")) {
      return null;
    }
    int semicolon = rest.indexOf(';');
    String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
    return path.isBlank() ? null : path;
  }

  String database() {
    return database;
  }

  /**
   * Whether a connection of its own reads the changelog. Booting is what a connection does to a
   * database that was shut down, so this is also the restart's second half.
   */
  StorageProbe.Outcome answers(int timeoutSeconds) {
    try {
      Properties p = new Properties();
      p.setProperty(DataSourceFactory.JDBC_URL, PREFIX + database + ";create=true");
      DataSource own = derby.createDataSource(p);
      return StorageProbe.probe(own, timeoutSeconds);
    } catch (SQLException e) {
      return new StorageProbe.Outcome(false, StorageProbe.describe(e), e, false);
    }
  }

  /**
   * Shuts the database down; the next connection boots it from its files. When Derby cannot even
   * shut the database down (it fails on its own half-closed caches), the whole embedded engine is
   * shut down instead, which holds no other database of the platform; the next connection loads the
   * engine again.
   */
  void shutdown() {
    SQLException refused = shutdown(PREFIX + database + ";shutdown=true", "08006");
    if (refused == null) {
      LOG.warn(
          "Derby database {} shut down after a storage failure; the next connection boots it"
              + " again from its files",
          database);
      return;
    }
    SQLException engine = shutdown(PREFIX + ";shutdown=true", "XJ015");
    if (engine == null) {
      LOG.warn(
          "Derby database {} could not be shut down ({}); the embedded Derby engine was shut down"
              + " instead, and the next connection loads it and boots the database again",
          database,
          StorageProbe.describe(refused));
    } else {
      LOG.warn(
          "Derby database {} could not be shut down ({}), nor its engine ({})",
          database,
          StorageProbe.describe(refused),
          StorageProbe.describe(engine));
    }
  }

  /** Null when Derby answered with the SQLState of a shutdown that worked, else its answer. */
  private SQLException shutdown(String url, String done) {
    try (Connection ignored = derby.createDriver(null).connect(url, new Properties())) {
      return new SQLException("Derby did not shut down when asked");
    } catch (SQLException e) {
      return done.equals(e.getSQLState()) ? null : e;
    }
  }
}

package org.govmeeting.schema.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import org.osgi.framework.Bundle;

/** One module's changelog applied to the shared database. */
final class Migration {
  /** Where a module's changelog lives in its bundle, named after its persistence unit. */
  static String changelog(String unit) {
    return "META-INF/db/" + unit + ".xml";
  }

  private Migration() {}

  /**
   * Applies what the database lacks of the bundle's changelog and answers how many of its
   * changeSets the database has recorded. Liquibase holds DATABASECHANGELOGLOCK meanwhile, so a
   * node starting at the same moment waits and then finds everything applied.
   */
  static int apply(DataSource dataSource, Bundle bundle, String unit) throws Exception {
    String path = changelog(unit);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    // Liquibase finds its own services (database kinds, change types) through ServiceLoader.
    thread.setContextClassLoader(Liquibase.class.getClassLoader());
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      if (database instanceof DerbyDatabase) {
        // The embedded database belongs to the whole platform, not to this migration.
        ((DerbyDatabase) database).setShutdownEmbeddedDerby(false);
      }
      try {
        Scope.child(
            Map.of(
                // Nothing of a government's records leaves the machine.
                "liquibase.analytics.enabled",
                false,
                "liquibase.showBanner",
                false,
                Scope.Attr.classLoader.name(),
                Liquibase.class.getClassLoader()),
            () ->
                new Liquibase(path, new BundleResources(bundle), database)
                    .update(new Contexts(), new LabelExpression()));
        return applied(connection, path);
      } finally {
        endReads(connection);
      }
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * Liquibase commits each changeSet and the lock, but leaves the reads of a run with nothing to do
   * in an open transaction: Derby refuses to close such a connection, and a pool would hand it on.
   * Rolling back ends only those reads.
   */
  private static void endReads(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  private static int applied(Connection connection, String path) throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = ?")) {
      count.setString(1, path);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

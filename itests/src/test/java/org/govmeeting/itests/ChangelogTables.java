package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** What Liquibase recorded in a database the platform ran on (now stopped). */
final class ChangelogTables {
  private ChangelogTables() {}

  /** {@link #check(Connection, String...)} on an embedded Derby database, shut down after. */
  static void check(Path database, String... modules) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath())) {
      check(c, modules);
    } finally {
      try {
        DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true");
      } catch (SQLException shutDown) {
        // Derby answers a shutdown with an exception (08006)
      }
    }
  }

  /**
   * Every module's changelog is recorded: the tables and indexes the old build had as adopted
   * (MARK_RAN), the outbox's tables, which it lacked, as executed; and the lock is free.
   */
  static void check(Connection c, String... modules) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (Statement s = c.createStatement()) {
      // unquoted: Derby folds the names to upper case, PostgreSQL to lower, as Liquibase made them
      try (ResultSet rs = s.executeQuery("SELECT FILENAME, ID, EXECTYPE FROM DATABASECHANGELOG")) {
        while (rs.next()) {
          rows.put(rs.getString(1) + "::" + rs.getString(2), rs.getString(3));
        }
      }
      try (ResultSet rs =
          s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED")) {
        rs.next();
        assertEquals("changelog lock released", 0, rs.getInt(1));
      }
    }
    for (String module : modules) {
      String file = "META-INF/db/govmeeting." + module + ".xml::";
      assertTrue(
          module + " recorded: " + rows, rows.keySet().stream().anyMatch(k -> k.startsWith(file)));
    }
    assertEquals("MARK_RAN", rows.get("META-INF/db/govmeeting.intake.xml::1-int-topic"));
    assertEquals("MARK_RAN", rows.get("META-INF/db/govmeeting.intake.xml::1-int-topic-newest-rev"));
    assertEquals("MARK_RAN", rows.get("META-INF/db/govmeeting.supervision.xml::1-sup-task"));
    assertEquals("MARK_RAN", rows.get("META-INF/db/govmeeting.minutes.xml::1-min-version"));
    assertEquals("EXECUTED", rows.get("META-INF/db/govmeeting.events.xml::1-evt-event"));
    assertEquals("EXECUTED", rows.get("META-INF/db/govmeeting.events.xml::1-evt-delivery"));
    // Issue 14's record (report versions, the signed chain, errata reviewed like minutes) came
    // after the old build: its changeSets ran, everything of the first generation was adopted.
    assertEquals("EXECUTED", rows.get("META-INF/db/govmeeting.minutes.xml::2-min-chain-link"));
    assertEquals("EXECUTED", rows.get("META-INF/db/govmeeting.minutes.xml::2-min-erratum-review"));
    // The topic table's change number, which topic pages are tagged with.
    assertEquals("EXECUTED", rows.get("META-INF/db/govmeeting.intake.xml::2-int-topic-change"));
    rows.forEach(
        (changeSet, type) -> {
          if (!changeSet.contains("govmeeting.events.xml") && changeSet.contains("::1-")) {
            assertEquals("the old build had it: " + changeSet, "MARK_RAN", type);
          }
        });
  }
}

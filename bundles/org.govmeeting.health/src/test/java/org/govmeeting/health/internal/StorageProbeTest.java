package org.govmeeting.health.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.Test;
import org.ops4j.pax.jdbc.derby.impl.DerbyDataSourceFactory;
import org.osgi.service.jdbc.DataSourceFactory;

public class StorageProbeTest {
  private final DerbyDataSourceFactory derby = new DerbyDataSourceFactory();

  private DataSource dataSource(String url) throws SQLException {
    Properties p = new Properties();
    p.setProperty(DataSourceFactory.JDBC_URL, url);
    return derby.createDataSource(p);
  }

  private static void migrate(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute("CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255))");
      c.createStatement().execute("INSERT INTO DATABASECHANGELOG VALUES ('1-a'), ('1-b')");
    }
  }

  @Test
  public void aMigratedDatabaseAnswers() throws SQLException {
    DataSource ds = dataSource("jdbc:derby:memory:probe-up;create=true");
    migrate(ds);
    StorageProbe.Outcome o = StorageProbe.probe(ds, 2);
    assertTrue(o.message(), o.up());
    assertTrue(o.message(), o.message().contains("2 changeSets"));
  }

  @Test
  public void anEmptyDatabaseAnswersButIsNotMigrated() throws SQLException {
    StorageProbe.Outcome o =
        StorageProbe.probe(dataSource("jdbc:derby:memory:probe-empty;create=true"), 2);
    assertFalse(o.up());
    assertTrue(o.unmigrated());
    assertFalse("a missing table is not the storage failing", o.storageFailure());
  }

  @Test
  public void noDataSourceOrNoDatabaseIsDown() throws Exception {
    StorageProbe.Outcome none = StorageProbe.probe(null, 2);
    assertFalse(none.up());
    assertNull(none.failure());

    Path dir = Files.createTempDirectory("probe");
    Path obstacle = Files.writeString(dir.resolve("govmeeting"), "not a database");
    StorageProbe.Outcome blocked =
        StorageProbe.probe(dataSource("jdbc:derby:" + obstacle + ";create=true"), 2);
    assertFalse(blocked.up());
    assertTrue(blocked.message(), blocked.storageFailure());
    assertTrue(blocked.message(), blocked.message().contains("XJ041"));
  }

  @Test
  public void onlyAnEmbeddedDerbyDatabaseIsRestarted() {
    assertEquals(
        "/srv/karaf/data/derby/govmeeting",
        DerbyRestart.embeddedDatabase("jdbc:derby:/srv/karaf/data/derby/govmeeting;create=true"));
    assertNull(DerbyRestart.embeddedDatabase("jdbc:derby://db.example.org:1527/govmeeting"));
    assertNull(DerbyRestart.embeddedDatabase("jdbc:derby:memory:govmeeting"));
    assertNull(DerbyRestart.embeddedDatabase("jdbc:postgresql://localhost:5432/govmeeting"));
    assertNull(DerbyRestart.of("jdbc:postgresql://localhost/govmeeting", derby));
  }

  @Test
  public void aRestartShutsTheDatabaseDownAndTheNextConnectionBootsItWithItsData()
      throws Exception {
    Path dir = Files.createTempDirectory("restart");
    String url = "jdbc:derby:" + dir.resolve("govmeeting") + ";create=true";
    DataSource ds = dataSource(url);
    migrate(ds);
    Connection before = ds.getConnection();
    DerbyRestart restart = DerbyRestart.of(url, derby);
    assertTrue(restart.answers(2).up());

    restart.shutdown();
    try {
      before.createStatement().executeQuery("VALUES 1");
      throw new AssertionError("the database was not shut down");
    } catch (SQLException closed) {
      assertEquals("08003", closed.getSQLState());
    }
    StorageProbe.Outcome booted = restart.answers(2);
    assertTrue(booted.message(), booted.up());
    assertTrue(booted.message(), booted.message().contains("2 changeSets"));
    restart.shutdown();
  }
}

package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.StorageUnavailableException;
import org.junit.After;
import org.junit.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/**
 * Which database failures are the storage being unavailable (503 "storage unavailable", never run
 * again at once) and which are lock conflicts that pass (run again by ActRetry, 503 "busy" if they
 * last): Derby's exceptions raised by a real embedded Derby, PostgreSQL's as its driver builds
 * them.
 */
public class StorageFailuresTest {
  private final ProblemMapper mapper = new ProblemMapper();

  @After
  public void forgetTheThread() {
    ProblemMapper.TRANSIENT.remove();
  }

  private static SQLException derby(String url) {
    try (Connection c = DriverManager.getConnection(url)) {
      fail("connected to " + url);
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  /** A real Derby lock timeout: a row held by one connection, wanted by another. */
  private static SQLException derbyLockTimeout() throws SQLException {
    String url = "jdbc:derby:memory:locks;create=true";
    try (Connection holder = DriverManager.getConnection(url);
        Connection waiter = DriverManager.getConnection(url)) {
      try (Statement s = holder.createStatement()) {
        s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        s.execute("CREATE TABLE T (ID INT PRIMARY KEY, V INT)");
        s.execute("INSERT INTO T VALUES (1, 0)");
      }
      holder.setAutoCommit(false);
      holder.createStatement().executeUpdate("UPDATE T SET V = 1 WHERE ID = 1");
      try (Statement w = waiter.createStatement()) {
        w.executeUpdate("UPDATE T SET V = 2 WHERE ID = 1");
        fail("the row was not held");
        return null;
      } catch (SQLException e) {
        return e;
      } finally {
        holder.rollback();
      }
    }
  }

  @Test
  public void derbyLockConflictsAreTransientNotStorage() throws SQLException {
    SQLException lock = derbyLockTimeout();
    assertEquals(lock.toString(), "40XL1", lock.getSQLState());
    RuntimeException failed = new RuntimeException("flush failed", lock);
    assertTrue(ConflictException.isTransient(failed));
    assertFalse(StorageUnavailableException.isStorageFailure(failed));
    Problem p = mapper.problem(failed);
    assertEquals(503, p.status());
    assertTrue(p.json(), p.json().contains("urn:govmeeting:problem:busy"));
    assertEquals("ActRetry runs it again", Boolean.TRUE, ProblemMapper.TRANSIENT.get());

    SQLException deadlock = new SQLTransactionRollbackException("deadlock", "40001");
    assertTrue(ConflictException.isTransient(deadlock));
    assertFalse(StorageUnavailableException.isStorageFailure(deadlock));
  }

  @Test
  public void derbyWithoutItsDatabaseIsStorageUnavailable() throws Exception {
    // Not booted and not there (XJ004).
    SQLException missing = derby("jdbc:derby:memory:never-made");
    assertEquals("XJ004", missing.getSQLState());
    assertStorage(missing);

    // A plain file where the database directory should be: Derby cannot create it (XJ041).
    Path dir = Files.createTempDirectory("storage");
    Path obstacle = Files.writeString(dir.resolve("govmeeting"), "not a database");
    SQLException blocked = derby("jdbc:derby:" + obstacle + ";create=true");
    assertEquals("XJ041", blocked.getSQLState());
    assertStorage(blocked);

    // A database shut down under an open connection (Derby shuts it down itself after an I/O
    // error on its log): the connection answers 08003.
    String url = "jdbc:derby:memory:shut;create=true";
    try (Connection c = DriverManager.getConnection(url)) {
      SQLException down = derby("jdbc:derby:memory:shut;shutdown=true");
      assertEquals("08006", down.getSQLState());
      assertStorage(down);
      try {
        c.createStatement().executeQuery("VALUES 1");
        fail("the connection outlived its database");
      } catch (SQLException gone) {
        assertEquals("08003", gone.getSQLState());
        assertStorage(new RuntimeException("query failed", gone));
      }
    }
    deleteAll(dir);
  }

  @Test
  public void derbyStoreAndLogFailuresAreStorageNotConflicts() {
    // What Derby raises when it cannot write its log or a container (SQLState, Derby's severity).
    for (String state : new String[] {"XSLA0", "XSDG1", "XSDG3", "XSDB6", "XJ040", "40XD1"}) {
      SQLException e = new SQLException("Derby " + state, state, 45000);
      assertStorage(e);
      assertFalse(state, ConflictException.isTransient(e));
    }
    // Derby chains why a boot failed as the next exception (another JVM holds the database).
    SQLException boot = new SQLException("Failed to start database", "XJ040");
    boot.setNextException(new SQLException("Another instance of Derby", "XSDB6"));
    assertStorage(new SQLException("wrapped", "XJ001", boot));
  }

  @Test
  public void postgresqlDownOrFullIsStorageUnavailable() {
    assertStorage(
        new PSQLException(
            "Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
    assertStorage(
        new PSQLException(
            "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));
    assertStorage(
        new PSQLException(
            new ServerErrorMessage(
                "SFATAL\0C57P01\0Mterminating connection due to administrator command\0")));
    assertStorage(
        new PSQLException(
            new ServerErrorMessage("SFATAL\0C57P03\0Mthe database system is starting up\0")));
    assertStorage(
        new PSQLException(
            new ServerErrorMessage(
                "SERROR\0C53100\0Mcould not extend file: No space left on device\0")));
  }

  @Test
  public void postgresqlConflictsAreTransientNotStorage() {
    for (String state : new String[] {"40001", "40P01"}) {
      PSQLException e =
          new PSQLException(new ServerErrorMessage("SERROR\0C" + state + "\0Mconflict\0"));
      assertEquals(state, e.getSQLState());
      assertTrue(state, ConflictException.isTransient(e));
      assertFalse(state, StorageUnavailableException.isStorageFailure(e));
    }
    // A unique key two acts raced for is a 409, neither storage nor a retry.
    PSQLException unique =
        new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate key\0"));
    assertFalse(StorageUnavailableException.isStorageFailure(unique));
    assertEquals(409, mapper.problem(unique).status());
  }

  @Test
  public void aPoolWithoutConnectionsAndAnUnavailableResourceManagerAreStorage() {
    // pax-transx's answer when the database gives it no connection within its timeout.
    assertStorage(
        new SQLException(
            new javax.resource.ResourceException(
                "TransxPool-1-XADataSourceMCF - Connection is not available, request timed out"
                    + " after 5000ms.")));
    assertStorage(new RuntimeException(new XAException(XAException.XAER_RMFAIL)));
    assertFalse(
        StorageUnavailableException.isStorageFailure(new XAException(XAException.XA_RBDEADLOCK)));
  }

  @Test
  public void storageUnavailableIsChineseFirstEnglishOnRequestAndNeverRunAgainAtOnce() {
    SQLException down = new SQLException("Cannot flush the log file to disk", "XSLA0", 45000);
    Problem zh = mapper.problem(down, List.of());
    assertEquals(503, zh.status());
    assertTrue(zh.json(), zh.json().contains("\"title\":\"存储不可用\""));
    assertTrue(zh.json(), zh.json().contains("urn:govmeeting:problem:storage-unavailable"));
    assertFalse(zh.json(), zh.json().contains("conflicting"));
    assertEquals(
        String.valueOf(Outage.RETRY_AFTER_SECONDS), zh.toResponse().getHeaderString("Retry-After"));
    assertNull("ActRetry does not run it again", ProblemMapper.TRANSIENT.get());

    Problem en = mapper.problem(down, List.of(Locale.forLanguageTag("en-GB"), Locale.CHINESE));
    assertTrue(en.json(), en.json().contains("\"title\":\"Storage unavailable\""));
    Problem zhFirst = mapper.problem(down, List.of(Locale.CHINESE, Locale.ENGLISH));
    assertTrue(zhFirst.json(), zhFirst.json().contains("\"title\":\"存储不可用\""));
  }

  @Test
  public void storageFailuresAreNotRunAgainByTheModules() {
    AtomicInteger runs = new AtomicInteger();
    try {
      ConflictException.retryingTransient(
          () -> {
            runs.incrementAndGet();
            throw new RuntimeException(new SQLException("container read-only", "40XD1"));
          });
      fail();
    } catch (RuntimeException e) {
      assertEquals("class 40, but the disk: run once", 1, runs.get());
    }
  }

  private static void assertStorage(Throwable e) {
    assertTrue(e.toString(), StorageUnavailableException.isStorageFailure(e));
    assertFalse(e.toString(), ConflictException.isTransient(e));
  }

  private static void deleteAll(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

package org.govmeeting.api.error;

import java.sql.SQLException;
import java.util.Set;

/**
 * The database cannot be reached or cannot keep what it is given: the connection was refused or
 * lost, the database is not booted or shut itself down after an I/O error, the disk is full.
 * Nothing of the request was kept, and sending it again helps only once the storage is back, so it
 * is not a conflict to retry at once ({@link ConflictException#isTransient}).
 */
public class StorageUnavailableException extends UnavailableException {
  private static final long serialVersionUID = 1L;

  /**
   * SQLState prefixes that mean the storage, not the request: the SQL standard's connection class
   * (08); PostgreSQL's shutdown and start-up (57P), insufficient resources such as a full disk (53)
   * and system or I/O errors (58); Derby's failures to boot or find a database (XJ040, XJ041,
   * XJ004, XJ015), its data and log files (XSDB, XSDF, XSDG, XSLA, XSLB, XSTB), its service monitor
   * (XBM0) and containers it cannot open or write (40XD, which shares class 40 with lock
   * conflicts).
   */
  private static final Set<String> STATES =
      Set.of(
          "08", "57P", "53", "58", "XJ040", "XJ041", "XJ004", "XJ015", "XSDB", "XSDF", "XSDG",
          "XSLA", "XSLB", "XSTB", "XBM0", "40XD");

  /**
   * Classes whose presence in a cause chain means no connection could be had at all: the pool's
   * connector (pax-transx reports a database that does not answer as a timed-out {@code
   * javax.resource.ResourceException} with no SQLState), or the network. Checked by name, so that
   * callers need not import the connector API.
   */
  private static final Set<String> CLASSES =
      Set.of("javax.resource.ResourceException", "java.net.ConnectException");

  /** XAException.XAER_RMFAIL: the resource manager is unavailable. */
  private static final int XAER_RMFAIL = -7;

  public StorageUnavailableException(String message) {
    super(message);
  }

  /** Whether a failure, anywhere in its cause chain, is the storage being unavailable. */
  public static boolean isStorageFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StorageUnavailableException || isStorage(t)) {
        return true;
      }
      if (t instanceof SQLException) {
        // Derby chains the reason for a failed boot as the next exception, not as the cause.
        for (SQLException next = ((SQLException) t).getNextException();
            next != null && next != t;
            next = next.getNextException()) {
          if (isStorage(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isStorage(Throwable t) {
    if (t instanceof java.sql.SQLTransientConnectionException
        || t instanceof java.sql.SQLNonTransientConnectionException
        || t instanceof java.sql.SQLRecoverableException) {
      return true;
    }
    if (t instanceof SQLException) {
      String state = ((SQLException) t).getSQLState();
      return state != null && STATES.stream().anyMatch(state::startsWith);
    }
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (CLASSES.contains(c.getName())) {
        return true;
      }
      if (c.getName().equals("javax.transaction.xa.XAException")) {
        // By name: the API bundle imports no transaction package.
        try {
          return c.getField("errorCode").getInt(t) == XAER_RMFAIL;
        } catch (ReflectiveOperationException e) {
          return false;
        }
      }
    }
    return false;
  }

  @Override
  public String title() {
    return "Storage unavailable";
  }
}

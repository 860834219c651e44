package org.govmeeting.health.internal;

import java.sql.Connection;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the platform's data source once the database answers, when it could not be made at start.
 * pax-jdbc-config makes the pooled data source when its configuration arrives, and pax-transx (XA)
 * connects to the database at once to recover prepared transactions; if the database cannot be
 * reached then, the pool is never made and pax-jdbc-config never tries again, so every module waits
 * for a data source that does not come. This connects with the configured driver itself, outside
 * any pool, and when that works hands pax-jdbc-config its configuration again (the same values:
 * nothing in {@code etc/} changes), which makes the data source.
 */
final class DataSourceRevival {
  private static final Logger LOG = LoggerFactory.getLogger(DataSourceRevival.class);
  static final String FACTORY_PID = "org.ops4j.datasource";
  static final String NAME = "govmeeting";

  /** Configuration keys that are pax-jdbc-config's own, not the driver's. */
  private static final Set<String> NOT_FOR_THE_DRIVER =
      Set.of("dataSourceName", "dataSourceType", "pool", "xa");

  /** After handing the configuration again, how long pax-jdbc-config gets before another try. */
  private static final long SETTLE_NANOS = 30_000_000_000L;

  /**
   * How long the data source must have been missing before anything is done: at start-up it comes
   * within seconds of its features, and must not be made twice.
   */
  static final long GRACE_NANOS = 20_000_000_000L;

  private final BundleContext context;
  private final ConfigurationAdmin configurations;
  private long handedAt = System.nanoTime() - SETTLE_NANOS;
  private boolean said;
  private long missingSince = -1;

  DataSourceRevival(BundleContext context, ConfigurationAdmin configurations) {
    this.context = context;
    this.configurations = configurations;
  }

  /** One look, while the data source is missing; on the storage watch's thread. */
  void missing() {
    long now = System.nanoTime();
    if (missingSince < 0) {
      missingSince = now;
    }
    if (now - missingSince < GRACE_NANOS || now - handedAt < SETTLE_NANOS) {
      return;
    }
    Configuration config = configuration();
    if (config == null) {
      return;
    }
    Dictionary<String, Object> properties = config.getProperties();
    String why = reachable(properties);
    if (why != null) {
      if (!said) {
        LOG.warn(
            "The data source '{}' is missing and its database does not answer ({}); it is made as"
                + " soon as the database answers",
            NAME,
            why);
        said = true;
      }
      return;
    }
    LOG.warn(
        "The data source '{}' is missing but its database answers: asking pax-jdbc-config to make"
            + " it again from its configuration ({})",
        NAME,
        config.getPid());
    said = false;
    handedAt = System.nanoTime();
    try {
      config.update(properties);
    } catch (java.io.IOException | IllegalStateException e) {
      LOG.warn("Could not hand the data source configuration again: {}", e.toString());
    }
  }

  /** The data source came (again). */
  void present() {
    said = false;
    missingSince = -1;
  }

  private Configuration configuration() {
    try {
      Configuration[] found =
          configurations.listConfigurations(
              "(&(service.factoryPid="
                  + FACTORY_PID
                  + ")(|(dataSourceName="
                  + NAME
                  + ")(osgi.jndi.service.name="
                  + NAME
                  + ")))");
      return found == null || found.length == 0 ? null : found[0];
    } catch (java.io.IOException | InvalidSyntaxException e) {
      LOG.debug("cannot list the data source configurations", e);
      return null;
    }
  }

  /** Why the configured database cannot be reached, or null when a connection could be had. */
  private String reachable(Dictionary<String, Object> configuration) {
    Properties forDriver = new Properties();
    String driver = null;
    for (Enumeration<String> keys = configuration.keys(); keys.hasMoreElements(); ) {
      String key = keys.nextElement();
      Object value = configuration.get(key);
      if (key.equals(DataSourceFactory.OSGI_JDBC_DRIVER_NAME)) {
        driver = String.valueOf(value);
      } else if (value instanceof String && ((String) value).startsWith("ENC(")) {
        // An encrypted password only pax-jdbc-config can read: let it try itself.
        return null;
      } else if (key.startsWith("jdbc.")) {
        forDriver.put(key.substring("jdbc.".length()), value);
      } else if (!key.contains(".") && !NOT_FOR_THE_DRIVER.contains(key)) {
        forDriver.put(key, value);
      }
    }
    ServiceReference<DataSourceFactory> ref = factory(driver);
    if (ref == null) {
      return "no JDBC driver named '" + driver + "' is installed";
    }
    DataSourceFactory factory = context.getService(ref);
    try {
      if (factory == null) {
        return "the JDBC driver '" + driver + "' went away";
      }
      DataSource plain = factory.createDataSource(forDriver);
      try (Connection c = plain.getConnection()) {
        return c.isValid(5) ? null : "the connection is not valid";
      }
    } catch (Exception e) {
      return StorageProbe.describe(e);
    } finally {
      context.ungetService(ref);
    }
  }

  private ServiceReference<DataSourceFactory> factory(String driver) {
    if (driver == null) {
      return null;
    }
    try {
      Collection<ServiceReference<DataSourceFactory>> refs =
          context.getServiceReferences(
              DataSourceFactory.class,
              "(" + DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=" + driver + ")");
      return refs.isEmpty() ? null : refs.iterator().next();
    } catch (InvalidSyntaxException e) {
      return null;
    }
  }
}

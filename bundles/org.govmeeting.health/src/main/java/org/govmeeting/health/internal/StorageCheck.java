package org.govmeeting.health.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.govmeeting.api.persistence.Storage;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage, watched: every few seconds the database is probed through the platform's data source
 * ({@link StorageProbe}), whoever asks, so that the readiness a load balancer polls costs nothing
 * and the platform mends itself without anyone asking: a data source that could not be made at
 * start is made once the database answers ({@link DataSourceRevival}), and an embedded Derby
 * database that shut itself down after an I/O error is booted again ({@link DerbyRestart}). What it
 * finds is logged once per change, not per probe.
 */
@Component(
    // Immediate: the watch runs whether anyone asks or not (a delayed component would run only
    // while the health check executor holds it).
    immediate = true,
    service = {HealthCheck.class, Storage.class},
    property = {
      HealthCheck.NAME + "=govmeeting storage",
      HealthCheck.TAGS + "=govmeeting",
      HealthCheck.TAGS + "=storage"
    })
public class StorageCheck implements HealthCheck, Storage {
  private static final Logger LOG = LoggerFactory.getLogger(StorageCheck.class);

  static final int EVERY_SECONDS = 5;
  static final int TIMEOUT_SECONDS = 2;
  private static final long RESTART_EVERY_NANOS = 30_000_000_000L;

  /** The data source with the properties pax-jdbc-config registered it with. */
  private record Bound(DataSource dataSource, Map<String, Object> properties) {}

  private final BundleContext context;
  private final DataSourceRevival revival;
  private final ScheduledExecutorService watch =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "govmeeting-storage-watch");
            t.setDaemon(true);
            return t;
          });

  /** One probe at a time, whether the watch's or a caller's. */
  private final Object probing = new Object();

  private volatile Bound bound;
  private volatile StorageProbe.Outcome last;
  private volatile long lastAt;
  private long downSince = -1;
  private boolean seenChangelog;
  private long restartedAt = System.nanoTime() - RESTART_EVERY_NANOS;

  @Activate
  public StorageCheck(BundleContext context, @Reference ConfigurationAdmin configurations) {
    this.context = context;
    this.revival = new DataSourceRevival(context, configurations);
    watch.scheduleWithFixedDelay(this::look, 1, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      target = "(osgi.jndi.service.name=govmeeting)")
  void bindDataSource(DataSource dataSource, Map<String, Object> properties) {
    bound = new Bound(dataSource, properties);
  }

  void unbindDataSource(DataSource dataSource) {
    Bound b = bound;
    if (b != null && b.dataSource() == dataSource) {
      bound = null;
    }
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    // Never interrupt a probe: Derby closes a connection whose thread is interrupted in I/O, and
    // the pool would hand the broken connection on.
    watch.shutdown();
    watch.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Override
  public Result execute() {
    StorageProbe.Outcome o = last;
    if (o == null) {
      return new Result(Result.Status.TEMPORARILY_UNAVAILABLE, "the storage is not probed yet");
    }
    String seen = o.message() + " (" + (System.nanoTime() - lastAt) / 1_000_000_000 + " s ago)";
    if (o.up()) {
      return new Result(Result.Status.OK, seen);
    }
    return new Result(
        o.unmigrated() ? Result.Status.TEMPORARILY_UNAVAILABLE : Result.Status.CRITICAL, seen);
  }

  @Override
  public boolean available() {
    StorageProbe.Outcome o = last;
    return o != null && o.up();
  }

  @Override
  public boolean probe() {
    long asked = System.nanoTime();
    synchronized (probing) {
      // A probe that ended after this caller asked saw the failure it asks about: callers that
      // failed together wait for one probe instead of each making one. An older one may predate
      // the failure, and is not trusted.
      StorageProbe.Outcome o = last;
      if (o != null && lastAt - asked > 0) {
        return o.up();
      }
      return record(bound).up();
    }
  }

  /** One round of the watch. */
  void look() {
    try {
      Bound b = bound;
      if (b == null) {
        revival.missing();
      } else {
        revival.present();
      }
      StorageProbe.Outcome o = record(b);
      if (!o.up() && b != null) {
        mend(b, o);
      }
    } catch (RuntimeException | LinkageError e) {
      // The watch must outlive anything one round meets.
      LOG.warn("storage watch round failed", e);
    }
  }

  private StorageProbe.Outcome record(Bound b) {
    synchronized (probing) {
      StorageProbe.Outcome o =
          StorageProbe.probe(b == null ? null : b.dataSource(), TIMEOUT_SECONDS);
      if (o.unmigrated() && seenChangelog) {
        // It was there: Derby lost sight of its tables (a database it shut down half).
        o =
            new StorageProbe.Outcome(
                false, "the tables cannot be read any more: " + o.message(), o.failure(), false);
      }
      tell(o);
      last = o;
      lastAt = System.nanoTime();
      if (o.up()) {
        seenChangelog = true;
      }
      return o;
    }
  }

  private void tell(StorageProbe.Outcome o) {
    StorageProbe.Outcome before = last;
    long now = System.nanoTime();
    if (!o.up() && (before == null || before.up())) {
      downSince = now;
      if (seenChangelog) {
        LOG.warn("Storage unavailable: {}", o.message());
      } else {
        // Start-up: the data source and the first migration come within seconds. What stays
        // missing is said by the revival and the schema migrations.
        LOG.info("Storage: {}", o.message());
      }
    } else if (o.up() && (before == null || !before.up())) {
      if (downSince >= 0 && seenChangelog) {
        LOG.info(
            "Storage available again after {} s: {}",
            (now - downSince) / 1_000_000_000,
            o.message());
      } else {
        LOG.info("Storage: {}", o.message());
      }
      downSince = -1;
    }
  }

  /**
   * An embedded Derby database that failed is shut down so that the next connection boots it; a
   * database server (PostgreSQL) needs nothing: its pool drops the connections its driver declares
   * dead and makes new ones once the server answers.
   */
  private void mend(Bound b, StorageProbe.Outcome o) {
    boolean failed =
        o.storageFailure() || (seenChangelog && StorageProbe.tableMissing(o.failure()));
    long now = System.nanoTime();
    if (!failed || now - restartedAt < RESTART_EVERY_NANOS) {
      return;
    }
    ServiceReference<DataSourceFactory> ref = derbyFactory(b.properties());
    if (ref == null) {
      return;
    }
    DataSourceFactory factory = context.getService(ref);
    try {
      DerbyRestart derby = DerbyRestart.of(b.properties().get(DataSourceFactory.JDBC_URL), factory);
      if (derby == null) {
        return;
      }
      StorageProbe.Outcome own = derby.answers(TIMEOUT_SECONDS);
      if (own.up()) {
        // Derby itself reads its tables: the pool is busy or broken, not the database.
        return;
      }
      restartedAt = now;
      derby.shutdown();
      StorageProbe.Outcome booted = derby.answers(TIMEOUT_SECONDS);
      LOG.warn(
          "Derby database {} after the restart: {}",
          derby.database(),
          booted.up() ? "booted again" : booted.message());
    } finally {
      context.ungetService(ref);
    }
  }

  private ServiceReference<DataSourceFactory> derbyFactory(Map<String, Object> properties) {
    Object driver = properties.get(DataSourceFactory.OSGI_JDBC_DRIVER_NAME);
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

package org.govmeeting.schema.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.govmeeting.api.error.StorageUnavailableException;
import org.govmeeting.api.persistence.SchemaReady;
import org.govmeeting.api.persistence.Storage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the changelog of every module bundle that names its unit in {@link SchemaReady#HEADER}
 * and then registers {@link SchemaReady} for that unit, which the module's component requires. A
 * failed migration registers nothing: the module stays down rather than run on tables of another
 * shape, and the log says why. A migration that failed because the database could not be reached is
 * tried again, less and less often, until it can: the module then starts without a restart.
 */
@Component(immediate = true)
public final class SchemaComponent implements BundleTrackerCustomizer<SchemaComponent.Tracked> {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaComponent.class);
  private static final int ATTEMPTS = 5;
  private static final long PAUSE_MILLIS = 2000;
  private static final long LONGEST_PAUSE_MILLIS = 30_000;

  /** A tracked module: its unit and, once migrated, its registration. */
  static final class Tracked {
    final String unit;
    volatile ServiceRegistration<SchemaReady> registration;
    volatile boolean gone;

    Tracked(String unit) {
      this.unit = unit;
    }
  }

  private final BundleContext context;
  private final DataSource dataSource;
  // One migration at a time: they share the changelog lock, and Liquibase's scope is per thread.
  private final ExecutorService migrations =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "govmeeting-schema"));
  private final BundleTracker<Tracked> tracker;
  private final Object wake = new Object();
  private volatile boolean closed;

  /**
   * The storage health check, if installed. A Derby database that shut itself down after an I/O
   * error fails in every way (tables that seem not to exist, internal errors), not only with the
   * errors of an unreachable database; the probe tells those failures from a changelog at fault.
   */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile Storage storage;

  @Activate
  public SchemaComponent(
      BundleContext context,
      @Reference(target = "(osgi.jndi.service.name=govmeeting)") DataSource dataSource) {
    this.context = context;
    this.dataSource = dataSource;
    this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
    tracker.open();
  }

  @Deactivate
  void deactivate() throws InterruptedException {
    synchronized (wake) {
      closed = true;
      wake.notifyAll();
    }
    tracker.close();
    // Never interrupt a migration: Derby closes a connection whose thread is interrupted in I/O,
    // and the pool would hand the broken connection on. The queued ones see their bundle gone.
    migrations.shutdown();
    if (!migrations.awaitTermination(2, TimeUnit.MINUTES)) {
      LOG.warn("A schema migration is still running while the schema bundle stops");
    }
  }

  @Override
  public Tracked addingBundle(Bundle bundle, BundleEvent event) {
    String unit = bundle.getHeaders("").get(SchemaReady.HEADER);
    if (unit == null || unit.isBlank()) {
      return null;
    }
    Tracked tracked = new Tracked(unit.trim());
    migrations.execute(() -> migrate(bundle, tracked));
    return tracked;
  }

  private void migrate(Bundle bundle, Tracked tracked) {
    if (tracked.gone) {
      return;
    }
    long start = System.nanoTime();
    int changeSets;
    int failures = 0;
    long storagePause = PAUSE_MILLIS;
    boolean unreachable = false;
    while (true) {
      try {
        changeSets = Migration.apply(dataSource, bundle, tracked.unit);
        break;
      } catch (Throwable e) { // NOPMD: on this thread nobody else would ever see it
        if (tracked.gone || closed) {
          // The data source went away under it (the transaction manager restarts at boot) or the
          // module stopped: whoever tracks the module next migrates it again.
          LOG.info(
              "Schema of {}: migration left off, its module or data source went: {}",
              tracked.unit,
              e.toString());
          return;
        }
        if (storageFailure(e)) {
          // Nothing to fix in the changelog: wait for the database, said once, not per attempt.
          if (!unreachable) {
            LOG.warn(
                "Schema of {}: the database cannot be reached; the module waits and the migration"
                    + " is tried again until it can: {}",
                tracked.unit,
                e.toString());
            unreachable = true;
          } else {
            LOG.debug("Schema of {}: the database still cannot be reached: {}", tracked.unit, e);
          }
          if (!pause(storagePause)) {
            return;
          }
          storagePause = Math.min(2 * storagePause, LONGEST_PAUSE_MILLIS);
          continue;
        }
        if (++failures < ATTEMPTS) {
          // Nodes starting together on an empty database race to create Liquibase's own tables;
          // the loser finds them made on its next attempt, and then waits on the lock.
          LOG.warn("Schema of {}: attempt {} failed, again shortly: {}", tracked.unit, failures, e);
          if (!pause(PAUSE_MILLIS)) {
            return;
          }
          continue;
        }
        LOG.error(
            "Schema of {} ({}) not migrated; the module stays stopped until it is: {}",
            tracked.unit,
            Migration.changelog(tracked.unit),
            e.toString(),
            e);
        return;
      }
    }
    if (unreachable) {
      LOG.info("Schema of {}: the database answers again", tracked.unit);
    }
    LOG.info(
        "Schema of {} ready: {} changeSets applied, in {} ms",
        tracked.unit,
        changeSets,
        (System.nanoTime() - start) / 1_000_000);
    synchronized (tracked) {
      if (!tracked.gone) {
        try {
          tracked.registration =
              context.registerService(
                  SchemaReady.class, new Ready(tracked.unit, changeSets), properties(tracked.unit));
        } catch (IllegalStateException stopping) {
          LOG.info("Schema of {} ready while this bundle stops; not registered", tracked.unit);
        }
      }
    }
  }

  private boolean storageFailure(Throwable e) {
    if (StorageUnavailableException.isStorageFailure(e)) {
      return true;
    }
    Storage s = storage;
    return s != null && !s.probe();
  }

  /**
   * Waits before the next attempt; false when this component stops meanwhile. Never by interrupting
   * the thread (see {@link #deactivate}).
   */
  private boolean pause(long millis) {
    long until = System.nanoTime() + millis * 1_000_000;
    synchronized (wake) {
      try {
        for (long left = millis; !closed && left > 0; ) {
          wake.wait(left);
          left = (until - System.nanoTime()) / 1_000_000;
        }
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !closed;
  }

  private static Dictionary<String, Object> properties(String unit) {
    Dictionary<String, Object> properties = new Hashtable<>();
    properties.put(SchemaReady.UNIT, unit);
    return properties;
  }

  @Override
  public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {}

  @Override
  public void removedBundle(Bundle bundle, BundleEvent event, Tracked tracked) {
    // A module that comes back (an update, a refresh) is migrated again before it starts.
    synchronized (tracked) {
      tracked.gone = true;
      if (tracked.registration != null) {
        try {
          tracked.registration.unregister();
        } catch (IllegalStateException alreadyGone) {
          // this bundle is stopping too; the framework has unregistered it
        }
      }
    }
  }

  private static final class Ready implements SchemaReady {
    private final String unit;
    private final int changeSets;

    Ready(String unit, int changeSets) {
      this.unit = unit;
      this.changeSets = changeSets;
    }

    @Override
    public String unit() {
      return unit;
    }

    @Override
    public int changeSets() {
      return changeSets;
    }
  }
}

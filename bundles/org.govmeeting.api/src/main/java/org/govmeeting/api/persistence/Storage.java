package org.govmeeting.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's database as the storage health check sees it: probed every few seconds through the
 * platform's own data source. The REST layer asks it how to report a failure that carries no
 * recognisable database error (Derby fails in odd ways once it has shut a database down after an
 * I/O error), and whether a module that is missing waits for the storage.
 */
@ProviderType
public interface Storage {
  /** Whether the database answered the last probe. */
  boolean available();

  /**
   * Probes the database now and answers whether it answered (callers asking at once share one
   * probe); may wait a few seconds for a connection.
   */
  boolean probe();
}

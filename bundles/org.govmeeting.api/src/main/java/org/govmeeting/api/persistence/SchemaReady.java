package org.govmeeting.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once a module's tables have the shape its changelog describes, with {@link #UNIT}
 * naming the module's persistence unit. A module's component requires it (target {@code
 * (govmeeting.schema=govmeeting.intake)}), so that it never reads or writes a table of an older
 * shape: after an upgrade the component starts only when the migration has run.
 *
 * <p>A module bundle asks for its migration with the manifest header {@link #HEADER} naming its
 * unit; the changelog is {@code META-INF/db/<unit>.xml} in that bundle.
 */
@ProviderType
public interface SchemaReady {
  /** The service property naming the persistence unit whose schema is ready. */
  String UNIT = "govmeeting.schema";

  /** The manifest header of a module bundle that carries a changelog. */
  String HEADER = "Govmeeting-Schema";

  /** The persistence unit, as in {@link #UNIT}. */
  String unit();

  /** How many changeSets of the module's changelog are recorded as applied in the database. */
  int changeSets();
}

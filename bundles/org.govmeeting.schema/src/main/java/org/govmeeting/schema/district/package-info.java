/**
 * Keeps each district's records apart in every module's persistence unit: a unit names {@link
 * org.govmeeting.schema.district.DistrictSessions} as its session event listener, and its
 * district-scoped entities carry the tenant discriminator {@code DISTRICT_ID}.
 */
@Export
@Version("1.0.0")
package org.govmeeting.schema.district;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

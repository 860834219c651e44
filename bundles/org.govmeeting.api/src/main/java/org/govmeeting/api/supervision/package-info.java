/** Supervision of decisions (I1, I2) and emergency decisions reported afterwards (S2). */
@Export
@Version("2.1.0")
package org.govmeeting.api.supervision;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

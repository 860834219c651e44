/**
 * Errors the services raise; each maps to one HTTP problem, a rule violation carries its clause.
 */
@Export
@Version("1.5.0")
package org.govmeeting.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** The district directory: people, their roles, units and the vice-mayors' portfolios. */
@Export
@Version("1.4.0")
package org.govmeeting.api.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

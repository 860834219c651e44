/** Checking configuration values before a component uses them. */
@Export
@Version("1.1.0")
package org.govmeeting.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

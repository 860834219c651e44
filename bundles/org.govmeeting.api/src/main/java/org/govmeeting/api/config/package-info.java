/** Checking configuration values before a component uses them. */
@Export
@Version("2.0.0")
package org.govmeeting.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** What a module's persistence waits for before it touches its tables. */
@Export
@Version("1.0.0")
package org.govmeeting.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

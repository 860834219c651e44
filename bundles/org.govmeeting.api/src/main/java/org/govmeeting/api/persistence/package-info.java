/** What a module's persistence waits for before it touches its tables, and the storage's state. */
@Export
@Version("1.1.0")
package org.govmeeting.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

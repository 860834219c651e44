/**
 * What a module's persistence waits for before it touches its tables, and how it keeps a file as
 * rows of bounded size ({@link Chunks}).
 */
@Export
@Version("1.1.0")
package org.govmeeting.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

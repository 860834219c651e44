/**
 * The outbox, its subscribers, and the topics and properties by which modules tell each other what
 * happened.
 */
@Export
@Version("1.3.0")
package org.govmeeting.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

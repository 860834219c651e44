/** Executive meetings: numbered, scheduled, with a submission cut-off. */
@Export
@Version("1.4.0")
package org.govmeeting.api.meeting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

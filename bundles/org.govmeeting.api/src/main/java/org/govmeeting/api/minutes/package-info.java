/** Deliberation in the meeting (D1-D3) and the minutes after it (M3, K3). */
@Export
@Version("1.3.0")
package org.govmeeting.api.minutes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

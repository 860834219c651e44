/** Attendance and discipline: roster, leave, delegates, sign-in, quorum, early departure. */
@Export
@Version("1.0.0")
package org.govmeeting.api.attendance;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

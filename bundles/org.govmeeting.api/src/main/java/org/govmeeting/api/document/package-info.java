/** Printed documents: the minutes, the agenda and the topic form as PDF/A-2b. */
@Export
@Version("1.2.0")
package org.govmeeting.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/** Topics and their form (Annex 1, F1-F9), materials, consultation; the intake service. */
@Export
@Version("1.7.0")
package org.govmeeting.api.topic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

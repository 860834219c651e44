/** The policy SPI: a district's variant of the rules, implemented by policy bundles. */
@Export
@Version("1.7.0")
package org.govmeeting.api.policy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

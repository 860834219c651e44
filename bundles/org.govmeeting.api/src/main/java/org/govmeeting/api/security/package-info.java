/** Who is acting: the authenticated person and the role they act in. */
@Export
@Version("1.1.0")
package org.govmeeting.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

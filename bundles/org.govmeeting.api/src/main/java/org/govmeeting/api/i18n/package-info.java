/** The platform's words in Chinese, so that every module names a state or a role alike. */
@Export
@Version("1.0.0")
package org.govmeeting.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

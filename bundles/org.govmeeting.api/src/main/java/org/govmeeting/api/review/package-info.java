/** Review chains of sign-offs, signatures, and the topic list the mayor approves. */
@Export
@Version("1.4.0")
package org.govmeeting.api.review;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

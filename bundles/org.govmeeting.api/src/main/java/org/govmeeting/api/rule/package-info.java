/** The clauses of the regulation, one constant each, so code and errors can name them. */
@Export
@Version("1.2.0")
package org.govmeeting.api.rule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

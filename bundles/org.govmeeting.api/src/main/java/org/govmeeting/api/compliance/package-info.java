/**
 * The compliance report: for a meeting and each of its topics, every clause of the regulation (and
 * of the district's policy) with its verdict and the record it rests on. Each module judges the
 * clauses it carries through a {@link org.govmeeting.api.compliance.ComplianceSource}; the report
 * gathers them, so a module that is down leaves its clauses "not checked" and the rest in place.
 */
@Export
@Version("1.0.0")
package org.govmeeting.api.compliance;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

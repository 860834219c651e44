/**
 * What waits for a person: every module that has something for someone to do (a review step to
 * sign, a leave request to decide, an opinion on the minutes, a task due) answers through an {@link
 * org.govmeeting.api.inbox.InboxSource}, and the REST layer gathers them into the person's inbox.
 */
@Export
@Version("1.1.0")
package org.govmeeting.api.inbox;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

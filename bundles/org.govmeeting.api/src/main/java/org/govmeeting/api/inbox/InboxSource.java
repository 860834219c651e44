package org.govmeeting.api.inbox;

import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of everyone's inbox: what of its records waits for this person now. Registered by
 * each module as a service; asked on every look at the inbox, so it reads by indexed columns only
 * and answers copies.
 */
@ConsumerType
public interface InboxSource {
  /** What waits for the actor, in any order; empty when nothing does. */
  List<InboxItem> waitingFor(Actor actor);
}

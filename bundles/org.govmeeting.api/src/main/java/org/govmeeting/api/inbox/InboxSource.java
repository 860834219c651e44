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

  /**
   * At most {@code limit} of what waits for the actor, newest first, with how many wait in all per
   * kind. A module where one person can have very many waiting (a unit head's review steps after a
   * large submission) answers this with a count and a bounded query, so that an inbox never holds
   * more than the page it shows; the default reads {@link #waitingFor} whole.
   *
   * @since 1.1
   */
  default InboxPart waitingFor(Actor actor, int limit) {
    List<InboxItem> all = new java.util.ArrayList<>(waitingFor(actor));
    InboxPart part = new InboxPart();
    for (InboxItem i : all) {
      part.counts.merge(i.kind, 1, Integer::sum);
    }
    all.sort(
        java.util.Comparator.comparing(
            (InboxItem i) -> i.since,
            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
    part.items = List.copyOf(all.subList(0, Math.min(limit, all.size())));
    return part;
  }
}

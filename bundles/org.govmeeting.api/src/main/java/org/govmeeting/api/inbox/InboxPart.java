package org.govmeeting.api.inbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A module's part of a person's inbox, bounded: at most so many of its items, newest first, and how
 * many wait in all, per kind, however many that is.
 *
 * @since 1.1
 */
public class InboxPart {
  /** The newest items, at most the limit asked for. */
  public List<InboxItem> items = List.of();

  /** How many items of each kind wait in all; kinds the module has none of may be left out. */
  public Map<InboxItem.Kind, Integer> counts = new EnumMap<>(InboxItem.Kind.class);
}

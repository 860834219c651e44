package org.govmeeting.api.topic;

import java.util.List;

/** One page of a longer list. */
public class Page<T> {
  public List<T> items;

  /** How many there are, counted with the items; a lower bound when {@link #totalCapped} is set. */
  public long total;

  /**
   * Set when the list was counted only up to a cap (at least 1 000, and always past the page asked
   * for): there are more than {@link #total}. A page stays as fast with 100 000 topics as with 1
   * 000.
   */
  public boolean totalCapped;

  public int offset;
  public int limit;
}

package org.govmeeting.api.topic;

import java.util.List;

/** One page of a longer list. */
public class Page<T> {
  public List<T> items;
  public long total;
  public int offset;
  public int limit;
}

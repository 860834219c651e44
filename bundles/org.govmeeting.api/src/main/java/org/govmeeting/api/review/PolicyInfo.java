package org.govmeeting.api.review;

import java.util.List;
import org.govmeeting.api.rule.Clause;

/** An installed policy as administrators see it. */
public class PolicyInfo {
  public String district;
  public String version;
  public boolean active;

  /** The bundle that provides it. */
  public String bundle;

  public List<Clause> overridable;
  public int materialsLeadDays;
}

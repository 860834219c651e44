package org.govmeeting.api.minutes;

import java.time.LocalDate;
import java.util.List;

/** A requirement for the work that a decision sets (D3): what, which units, by when. */
public class Requirement {
  public String what;

  /** The owning unit first, then the co-units. */
  public List<String> unitIds;

  public LocalDate due;
}

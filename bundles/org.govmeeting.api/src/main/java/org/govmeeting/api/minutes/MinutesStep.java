package org.govmeeting.api.minutes;

import java.time.Instant;

/**
 * One act on the minutes or an erratum: an opinion, the legality review, a signature, the issue.
 */
public class MinutesStep {
  public String kind;
  public String actorId;
  public String actorRole;
  public String unitId;
  public boolean agreed;
  public String comments;
  public Instant at;

  /** The erratum the act concerns, or {@code null} for the minutes themselves. */
  public Long erratumId;
}

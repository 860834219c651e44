package org.govmeeting.api.minutes;

import java.time.Instant;

/** One act on the minutes: an opinion, the legality review, the signature, the issue. */
public class MinutesStep {
  public String kind;
  public String actorId;
  public String actorRole;
  public String unitId;
  public boolean agreed;
  public String comments;
  public Instant at;
}

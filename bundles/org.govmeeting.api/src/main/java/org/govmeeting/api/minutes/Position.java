package org.govmeeting.api.minutes;

import java.time.Instant;

/** What one person present said on an item (D2): an opinion, or an explicit no-objection. */
public class Position {
  public enum Kind {
    OPINION,
    NO_OBJECTION
  }

  public String personId;
  public Kind kind;
  public String opinion;
  public String recordedBy;
  public Instant recordedAt;
}

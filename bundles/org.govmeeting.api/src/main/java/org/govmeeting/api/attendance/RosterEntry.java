package org.govmeeting.api.attendance;

import java.time.Instant;

/** One person expected at a meeting, and what became of them. */
public class RosterEntry {
  public enum Kind {
    /** Mayor or vice-mayor: counts for quorum (C1). */
    MEMBER,
    /** A regular attendee (C2). */
    ATTENDEE,
    /** An invited head. */
    INVITED,
    /** Stands in for an attendee on leave (K1). */
    DELEGATE
  }

  public enum State {
    EXPECTED,
    SIGNED_IN,
    ON_LEAVE,
    LEFT
  }

  public String personId;
  public Kind kind;
  public State state;

  /** For a delegate: whom they stand in for. */
  public String delegateFor;

  public Instant signedInAt;
  public String signedInBy;
  public boolean late;
  public Instant leftAt;
}

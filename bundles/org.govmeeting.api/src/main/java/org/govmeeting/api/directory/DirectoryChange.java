package org.govmeeting.api.directory;

import java.time.Instant;

/** One recorded change of the directory: who did what, in which role, and when. */
public class DirectoryChange {
  public long id;
  public Instant at;
  public String actorId;
  public Role actorRole;

  /** What kind of change, e.g. {@code PERSON_ADDED}, {@code SUPERVISOR_ASSIGNED}. */
  public String kind;

  /** The person or unit changed. */
  public String subjectId;

  /** A readable account of the change, with the old and new values. */
  public String detail;

  /** Why, where the actor gave a reason. */
  public String reason;
}

package org.govmeeting.api.minutes;

import java.time.Instant;
import java.util.List;

/** A meeting's minutes (纪要): drafted, reviewed, signed, issued (M3). */
public class Minutes {
  public enum State {
    DRAFT,
    IN_OPINION,
    LEGAL_REVIEW,
    SIGNED,
    ISSUED
  }

  public long id;
  public long meetingId;

  /** The district's numbering of its minutes, e.g. 前政纪〔2026〕44号. */
  public String documentNumber;

  public State state;
  public String text;

  /** Changes with every write; send it back (HTTP {@code If-Match}) with an edit of the draft. */
  public long revision;

  public List<MinutesVersion> versions;

  /** Units whose opinion is still awaited. */
  public List<String> awaitingOpinions;

  public List<MinutesStep> steps;

  public String signedBy;
  public Instant signedAt;

  /** SHA-256 of the minutes' canonical link in the record's chain ({@link ChainLink}). */
  public String hash;

  public String previousHash;

  /** Who may read the issued minutes (K3). */
  public List<String> scopeUnitIds;

  public List<String> scopePersonIds;

  /** Corrections made after signature, each signed on its own. */
  public List<Erratum> errata;

  /**
   * A correction of the wording of signed minutes; the minutes themselves never change, and no
   * erratum touches a decision (I2). It goes through the opinions and the legality review as the
   * minutes did (M3) before the mayor signs it.
   */
  public static class Erratum {
    public enum State {
      DRAFT,
      IN_OPINION,
      LEGAL_REVIEW,
      RETURNED,
      SIGNED
    }

    public long id;

    /** The passage of the signed minutes it corrects, verbatim. */
    public String passage;

    /** What the passage should read. */
    public String text;

    public State state;
    public List<String> awaitingOpinions;
    public String draftedBy;
    public Instant draftedAt;
    public String signedBy;
    public Instant signedAt;
    public String hash;
    public String previousHash;
  }
}

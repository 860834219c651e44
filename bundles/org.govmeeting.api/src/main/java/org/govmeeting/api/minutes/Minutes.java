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

  /** SHA-256 over the signed text, the signature and the previous signed minutes' hash. */
  public String hash;

  public String previousHash;

  /** Who may read the issued minutes (K3). */
  public List<String> scopeUnitIds;

  public List<String> scopePersonIds;

  /** Corrections made after signature, each signed on its own. */
  public List<Erratum> errata;

  /** A correction of signed minutes; the minutes themselves never change. */
  public static class Erratum {
    public long id;
    public String text;
    public String draftedBy;
    public Instant draftedAt;
    public String signedBy;
    public Instant signedAt;
    public String hash;
    public String previousHash;
  }
}

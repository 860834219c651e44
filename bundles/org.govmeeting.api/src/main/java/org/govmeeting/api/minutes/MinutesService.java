package org.govmeeting.api.minutes;

import java.util.List;
import org.govmeeting.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The minutes after the meeting (M3), with their distribution scope (K3). */
@ProviderType
public interface MinutesService {

  /** The secretariat drafts the minutes from the meeting's record. */
  Minutes draft(long meetingId, Actor actor);

  default Minutes edit(long minutesId, String text, Actor actor) {
    return edit(minutesId, text, null, actor);
  }

  /**
   * Edits the draft if it is still at {@code expectedRevision} (any if {@code null}); otherwise a
   * {@link org.govmeeting.api.error.ConflictException}.
   */
  Minutes edit(long minutesId, String text, Long expectedRevision, Actor actor);

  /** The secretariat asks the reporting departments for their opinions. */
  Minutes askOpinions(long minutesId, Actor actor);

  Minutes giveOpinion(long minutesId, boolean agree, String comments, Actor actor);

  /** The legal department checks legality; a return sends the draft back with reasons. */
  Minutes legalReview(long minutesId, boolean approve, String reasons, Actor actor);

  Minutes sign(long minutesId, Actor actor);

  Minutes issue(long minutesId, List<String> unitIds, List<String> personIds, Actor actor);

  /**
   * The minutes as the actor may read them.
   *
   * @throws org.govmeeting.api.error.AccessDeniedException outside the distribution scope (K3)
   */
  Minutes read(long minutesId, Actor actor);

  /** The minutes as a PDF, typeset in Chinese, as {@link #read} would show them to the actor. */
  byte[] pdf(long minutesId, Actor actor);

  /**
   * A correction that names no passage: refused (see {@link #draftErratum(long, String, String,
   * Actor)}).
   */
  default Minutes draftErratum(long minutesId, String text, Actor actor) {
    return draftErratum(minutesId, null, text, actor);
  }

  /**
   * The secretariat drafts a correction of the wording of signed minutes: {@code passage}, found
   * once verbatim in them, should read {@code text}. A correction of a decision is refused (I2).
   */
  Minutes draftErratum(long minutesId, String passage, String text, Actor actor);

  /** The secretariat asks the reporting departments for their opinions on the erratum (M3). */
  Minutes askErratumOpinions(long minutesId, long erratumId, Actor actor);

  Minutes giveErratumOpinion(
      long minutesId, long erratumId, boolean agree, String comments, Actor actor);

  /** The legal department checks the erratum; a return ends it (the secretariat drafts anew). */
  Minutes erratumLegalReview(
      long minutesId, long erratumId, boolean approve, String reasons, Actor actor);

  /** The mayor signs an erratum after its review; it becomes the next link of the chain. */
  Minutes signErratum(long minutesId, long erratumId, Actor actor);

  /** The Office gathers the meeting's archive record, once its minutes are issued (M3). */
  /**
   * The minutes the caller may read (K3: the keepers, the meeting's participants, the reviewers
   * while they review, the issue's scope), of one meeting or ({@code null}) of all, newest meeting
   * first.
   */
  List<MinutesSummary> list(Long meetingId, Actor actor);

  Archive archive(long meetingId, Actor actor);

  List<Archive> archives(Actor actor);

  /**
   * The archive as a zip file.
   *
   * @deprecated the whole zip in memory, and an archive holds the materials' files: use {@link
   *     #writeArchive}. Removed in 2.0.
   */
  @Deprecated
  default byte[] archiveContent(long meetingId, Actor actor) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      writeArchive(meetingId, actor, bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The archive's description, as {@link #archives} lists it. */
  Archive describeArchive(long meetingId, Actor actor);

  /**
   * Writes the archive's zip to the stream row by row, never holding it whole; returns the bytes
   * written.
   */
  long writeArchive(long meetingId, Actor actor, java.io.OutputStream out)
      throws java.io.IOException;

  /**
   * The meetings whose minutes are issued and not yet archived, with the end of the period the
   * Office set (M3), soonest first.
   */
  List<ArchiveDue> archivesDue(Actor actor);

  /** The Office registers where the meeting's recording is kept (M3), once the meeting is held. */
  RecordingReference addRecording(long meetingId, RecordingReference recording, Actor actor);

  List<RecordingReference> recordings(long meetingId, Actor actor);

  /** Whether the chain of signed minutes' and errata's hashes is intact. */
  default boolean verifyChain() {
    return verify().intact;
  }

  /** Checks every link of the chain: its canonical form, hash, predecessor and signature. */
  ChainReport verify();

  /** The links of the chain, oldest first, for a reader to check on their own. */
  List<ChainLink> chain();

  /** The certificate of the key that signs the chain, PEM-encoded. */
  String chainCertificate();
}

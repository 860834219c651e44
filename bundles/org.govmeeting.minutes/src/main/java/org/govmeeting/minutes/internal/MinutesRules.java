package org.govmeeting.minutes.internal;

import static org.govmeeting.minutes.internal.MinutesRepository.split;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * The rules of the minutes and their errata (M3, K3, I2) as functions of what they decide on, so
 * that each can be tested on its own; {@link MinutesDesk} and {@link ErrataDesk} apply them to the
 * records they hold. Nothing here reads or writes the database.
 */
final class MinutesRules {
  /** Who keeps the meeting's record and reads all of it (M3). */
  static final Set<Role> KEEPERS =
      EnumSet.of(Role.MAYOR, Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF);

  /**
   * Words that state or change a decision. A replacement or passage carrying one is refused: the
   * minutes report decisions, and an erratum may not make them report a different one.
   */
  static final List<String> DECISION_TERMS =
      List.of("决定", "通过", "暂缓", "不予", "否决", "撤销", "要求", "责任单位", "完成时限", "修改意见");

  /** How much of the minutes a reader gets (K3). */
  enum Reading {
    /** Keepers and participants: everything, restricted passages and versions included. */
    FULL,
    /** Reviewers and the issued scope: the text without the restricted passages. */
    OUTSIDE,
    /** Anyone else: nothing. */
    NONE
  }

  private MinutesRules() {}

  // rule: M3 — the reporting departments give opinions; with none, the legality review is next
  static Minutes.State afterAskingOpinions(Collection<String> reportingUnits) {
    return reportingUnits.isEmpty() ? Minutes.State.LEGAL_REVIEW : Minutes.State.IN_OPINION;
  }

  /** The same step for an erratum (M3). */
  static Minutes.Erratum.State erratumAfterAskingOpinions(Collection<String> reportingUnits) {
    return reportingUnits.isEmpty()
        ? Minutes.Erratum.State.LEGAL_REVIEW
        : Minutes.Erratum.State.IN_OPINION;
  }

  // rule: M3 — a unit answers only while its opinion is asked and not yet given
  static boolean awaitsOpinion(boolean inOpinion, List<String> awaiting, String unitId) {
    return inOpinion && awaiting.contains(unitId);
  }

  // rule: M3 — a department that disagrees says what should change
  static void requireComments(boolean agree, String comments) {
    if (!agree && (comments == null || comments.isBlank())) {
      throw new ValidationException(
          "comments", Clause.M3, "不同意的，请写明修改意见", "say what should change");
    }
  }

  // rule: M3 — the legal department reviews once, after the opinions are in
  static boolean legalReviewOpen(boolean inLegalReview, boolean legalOk) {
    return inLegalReview && !legalOk;
  }

  // rule: M3 — the mayor signs only what the opinions and the legality review have passed
  static boolean signable(boolean inLegalReview, boolean legalOk) {
    return inLegalReview && legalOk;
  }

  // rule: I2 — the first word of a passage or its replacement that states a decision, or null
  static String decisionTerm(String passage, String text) {
    for (String term : DECISION_TERMS) {
      if (text.contains(term) || (passage != null && passage.contains(term))) {
        return term;
      }
    }
    return null;
  }

  // rule: M3 — an erratum names a passage found exactly once: where it starts, else -1
  static int foundOnce(String text, String passage) {
    int at = text.indexOf(passage);
    return at < 0 || text.indexOf(passage, at + 1) >= 0 ? -1 : at;
  }

  // rule: K3 — keepers and participants read all; reviewers and the issued scope the rest; nobody
  // else anything
  static Reading reading(
      MinutesRecord r, List<ErratumRecord> errata, Actor actor, Person me, boolean justReviewed) {
    if (actor.hasAny(KEEPERS) || split(r.participants).contains(me.id)) {
      return Reading.FULL;
    }
    boolean reviewer =
        justReviewed
            || reviewsMinutes(r, actor, me)
            || errata.stream().anyMatch(e -> reviewsErratum(r, e, actor, me));
    return reviewer || inScope(r, me) ? Reading.OUTSIDE : Reading.NONE;
  }

  /** Issued to the reader's unit or to the reader by name (K3). */
  static boolean inScope(MinutesRecord r, Person me) {
    return r.state == Minutes.State.ISSUED
        && (split(r.scopeUnits).contains(me.unitId) || split(r.scopePersons).contains(me.id));
  }

  /**
   * A reporting department reads the draft it gives its opinion on; the legal department only once
   * the legality review is asked of it (the opinions are in), not every draft.
   */
  static boolean reviewsMinutes(MinutesRecord r, Actor actor, Person me) {
    return (actor.has(Role.JUSTICE_HEAD) && r.state == Minutes.State.LEGAL_REVIEW)
        || (r.state != Minutes.State.ISSUED && split(r.reportingUnits).contains(me.unitId));
  }

  static boolean reviewsErratum(MinutesRecord r, ErratumRecord e, Actor actor, Person me) {
    Minutes.Erratum.State s = e.state;
    return (actor.has(Role.JUSTICE_HEAD) && s == Minutes.Erratum.State.LEGAL_REVIEW)
        || ((s == Minutes.Erratum.State.IN_OPINION || s == Minutes.Erratum.State.LEGAL_REVIEW)
            && split(r.reportingUnits).contains(me.unitId));
  }

  // rule: K3 — a signed erratum is read as the minutes (one on a restricted passage only in full);
  // an unsigned one by the secretariat, the mayor and whoever is asked to review it
  static boolean showsErratum(
      MinutesRecord r, ErratumRecord e, Actor actor, Person me, boolean full) {
    return e.signedAt != null
        ? full || !e.restricted
        : actor.hasAny(EnumSet.of(Role.SECRETARIAT, Role.MAYOR)) || reviewsErratum(r, e, actor, me);
  }
}

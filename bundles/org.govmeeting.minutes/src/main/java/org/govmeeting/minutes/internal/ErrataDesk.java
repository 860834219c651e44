package org.govmeeting.minutes.internal;

import static org.govmeeting.minutes.internal.MinutesRepository.erratum;
import static org.govmeeting.minutes.internal.MinutesRepository.minutes;
import static org.govmeeting.minutes.internal.MinutesRepository.split;
import static org.govmeeting.minutes.internal.MinutesRepository.step;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.i18n.Chinese;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.Minutes.Erratum.State;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;

/**
 * Errata: a correction of the wording of signed minutes, which never change themselves. An erratum
 * names the passage it corrects and goes the way the minutes went (M3): the reporting departments'
 * opinions, the legality review, the mayor's signature, a link of the chain. It never touches a
 * decision (I2): a decision is revised by a new topic through the procedure.
 */
class ErrataDesk {
  private final JpaTemplate jpa;
  private final Directory directory;
  private final MinutesDesk minutes;
  private final Chain chain;
  private final Clock clock;

  ErrataDesk(JpaTemplate jpa, Directory directory, MinutesDesk minutes, Chain chain, Clock clock) {
    this.jpa = jpa;
    this.directory = directory;
    this.minutes = minutes;
    this.chain = chain;
    this.clock = clock;
  }

  // rule: M3 — a correction after signature is an erratum; I2 — it never changes a decision
  Minutes draft(long minutesId, String passage, String text, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    String body = ValidationException.requireText("text", text, "更正后的文字");
    String term = MinutesRules.decisionTerm(passage, body);
    if (term != null) {
      throw new ConflictException(
          Clause.I2,
          "勘误只更正纪要的文字，不改变会议决定（含“" + term + "”）；决定的修改须按程序重新提交议题",
          "an erratum corrects wording, never a decision: \"" + term + "\"");
    }
    String original = ValidationException.requireText("passage", passage, "需更正的原文");
    if (body.contains(MinutesText.RESTRICTED_START) || body.contains(MinutesText.RESTRICTED_END)) {
      throw new ValidationException(
          "text", "限阅段落的标记不能作为更正文字", "the markers of restricted passages are not text");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          if (r.state != Minutes.State.SIGNED && r.state != Minutes.State.ISSUED) {
            throw new ConflictException(
                Clause.M3, "纪要尚未签发，请直接修改草稿，无需勘误", "a draft is edited, not corrected by an erratum");
          }
          int at = MinutesRules.foundOnce(r.text, original);
          if (at < 0) {
            throw new ValidationException(
                "passage",
                Clause.M3,
                "需更正的原文须在已签发的纪要中恰好出现一次",
                "name a passage found exactly once in the signed minutes");
          }
          int end = at + original.length();
          if (MinutesText.touchesDecision(r.text, at, end)) {
            throw new ConflictException(
                Clause.I2, "该段落记载会议决定，不能以勘误更正", "the passage states a decision");
          }
          ErratumRecord e = new ErratumRecord();
          e.minutesId = minutesId;
          e.passage = original;
          e.text = body;
          e.state = State.DRAFT;
          e.restricted = MinutesText.restricted(r.text, at, end);
          e.draftedBy = actor.personId();
          e.draftedAt = Timestamp.from(now);
          em.persist(e);
        });
    return minutes.read(minutesId, actor);
  }

  // rule: M3 — the reporting departments see the correction before it is signed
  Minutes askOpinions(long minutesId, long erratumId, Actor actor) {
    actor.actingAs(Role.SECRETARIAT);
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          ErratumRecord e = erratum(em, minutesId, erratumId);
          if (e.state != State.DRAFT) {
            throw new ConflictException(
                Clause.M3,
                "该勘误当前状态为“" + Chinese.of(e.state) + "”，不能再征求意见",
                "the erratum is " + e.state);
          }
          // The minutes' own reporting departments; minutes signed before the opinions were
          // recorded per unit fall back to no department, and go straight to the legal review.
          List<String> units = split(r.reportingUnits);
          e.awaiting = String.join(",", units);
          e.state = MinutesRules.erratumAfterAskingOpinions(units);
        });
    return minutes.read(minutesId, actor);
  }

  Minutes giveOpinion(long minutesId, long erratumId, boolean agree, String comments, Actor actor) {
    Person me =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new AccessDeniedException("您不在本区名册中", "not in the directory"));
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          ErratumRecord e = erratum(em, minutesId, erratumId);
          List<String> awaiting = split(e.awaiting);
          if (!MinutesRules.awaitsOpinion(e.state == State.IN_OPINION, awaiting, me.unitId)) {
            throw new AccessDeniedException(
                Clause.M3,
                "该勘误未征求“" + me.unitId + "”的意见",
                "the erratum awaits no opinion from " + me.unitId);
          }
          MinutesRules.requireComments(agree, comments);
          awaiting.remove(me.unitId);
          e.awaiting = String.join(",", awaiting);
          step(em, r, e, "ERRATUM_OPINION", actor, me.unitId, agree, comments, now);
          if (awaiting.isEmpty()) {
            e.state = State.LEGAL_REVIEW;
          }
        });
    return minutes.read(minutesId, actor);
  }

  // rule: M3 — the legal department checks the erratum; a return ends it
  Minutes legalReview(
      long minutesId, long erratumId, boolean approve, String reasons, Actor actor) {
    actor.actingAs(Role.JUSTICE_HEAD);
    if (!approve) {
      ValidationException.requireText("reasons", reasons, "退回理由");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          ErratumRecord e = erratum(em, minutesId, erratumId);
          if (!MinutesRules.legalReviewOpen(e.state == State.LEGAL_REVIEW, e.legalOk)) {
            throw new ConflictException(
                Clause.M3, "该勘误当前不在合法性审核环节", "the erratum is not waiting for the legality review");
          }
          String kind = approve ? "ERRATUM_LEGAL_OK" : "ERRATUM_RETURNED";
          step(em, r, e, kind, actor, null, approve, reasons, now);
          if (approve) {
            e.legalOk = true;
          } else {
            e.state = State.RETURNED;
          }
        });
    return minutes.readAfterReview(minutesId, actor);
  }

  // rule: M3 — the mayor signs the erratum once reviewed; it is the chain's next link
  Minutes sign(long minutesId, long erratumId, Actor actor) {
    if (!actor.has(Role.MAYOR)) {
      throw new AccessDeniedException(Clause.M3, "勘误由区长签发", "the mayor signs an erratum");
    }
    Instant now = clock.instant();
    jpa.tx(
        TransactionType.Required,
        em -> {
          MinutesRecord r = minutes(em, minutesId);
          ErratumRecord e = erratum(em, minutesId, erratumId);
          if (e.signedBy != null) {
            throw new ConflictException(
                Clause.M3, "该勘误已签发，不再改动", "the erratum is signed and never changes");
          }
          if (!MinutesRules.signable(e.state == State.LEGAL_REVIEW, e.legalOk)) {
            throw new ConflictException(
                Clause.M3,
                "勘误须在征求意见和合法性审核完成后方可签发",
                "an erratum is signed after the opinions and the legality review");
          }
          e.signedBy = actor.personId();
          e.signedAt = Chain.signingTime(now);
          e.state = State.SIGNED;
          em.flush();
          ChainLinkRecord link = chain.append(em, r, e, now);
          e.previousHash = link.previousHash;
          e.hash = link.hash;
          step(em, r, e, "ERRATUM_SIGNED", actor, null, true, "erratum " + e.id, now);
        });
    return minutes.read(minutesId, actor);
  }
}

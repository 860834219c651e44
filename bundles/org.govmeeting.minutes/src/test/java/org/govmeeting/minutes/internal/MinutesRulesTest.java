package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.junit.Test;

/** The minutes' and errata's rules one by one, on records that never see a database. */
public class MinutesRulesTest {
  private static Actor actor(String id, String unit, Role role) {
    return new Actor(id, id, Set.of(role), unit);
  }

  private static Person person(Actor a) {
    Person p = new Person();
    p.id = a.personId();
    p.unitId = a.unitId().orElseThrow();
    return p;
  }

  private static final Actor MAYOR = actor("li.jianguo", "LEADERSHIP", Role.MAYOR);
  private static final Actor SECRETARY = actor("yang.xue", "SECRETARIAT", Role.SECRETARIAT);
  private static final Actor OFFICE = actor("liu.yang", "OFFICE", Role.OFFICE_STAFF);
  private static final Actor DIRECTOR = actor("chen.gang", "OFFICE", Role.OFFICE_DIRECTOR);
  private static final Actor JUSTICE = actor("xu.li", "JUSTICE", Role.JUSTICE_HEAD);
  private static final Actor EVM = actor("wang.hong", "LEADERSHIP", Role.VICE_MAYOR);
  private static final Actor EDUCATION = actor("ma.qiang", "EDUCATION", Role.DEPARTMENT_HEAD);
  private static final Actor GANGWAN = actor("su.ming", "GANGWAN", Role.SUBDISTRICT_HEAD);
  private static final Actor CLERK = actor("xie.yu", "HEALTH", Role.DEPARTMENT_STAFF);

  /** Minutes of a meeting wang.hong sat in, reported on by EDUCATION. */
  private static MinutesRecord minutes(Minutes.State state) {
    MinutesRecord r = new MinutesRecord();
    r.state = state;
    r.participants = "li.jianguo,wang.hong";
    r.reportingUnits = "EDUCATION";
    return r;
  }

  private static ErratumRecord erratum(Minutes.Erratum.State state) {
    ErratumRecord e = new ErratumRecord();
    e.state = state;
    return e;
  }

  private static MinutesRules.Reading reading(MinutesRecord r, Actor a, ErratumRecord... errata) {
    return MinutesRules.reading(r, List.of(errata), a, person(a), false);
  }

  @Test
  public void opinionsAreAskedOfTheReportingDepartmentsElseTheLegalReviewIsNext_M3() {
    // rule: M3 — 经征求议题汇报部门意见和法制部门合法性审查
    assertEquals(Minutes.State.IN_OPINION, MinutesRules.afterAskingOpinions(List.of("EDUCATION")));
    assertEquals(Minutes.State.LEGAL_REVIEW, MinutesRules.afterAskingOpinions(List.of()));
    assertEquals(
        Minutes.Erratum.State.IN_OPINION,
        MinutesRules.erratumAfterAskingOpinions(List.of("EDUCATION")));
    assertEquals(
        Minutes.Erratum.State.LEGAL_REVIEW, MinutesRules.erratumAfterAskingOpinions(List.of()));
  }

  @Test
  public void aUnitAnswersOnlyWhileItsOpinionIsAsked_M3() {
    // rule: M3 — each reporting department once, while the opinions are asked
    List<String> awaiting = new ArrayList<>(List.of("EDUCATION", "HEALTH"));
    assertTrue(MinutesRules.awaitsOpinion(true, awaiting, "EDUCATION"));
    assertFalse(MinutesRules.awaitsOpinion(true, awaiting, "GANGWAN"));
    assertFalse(MinutesRules.awaitsOpinion(false, awaiting, "EDUCATION"));
  }

  @Test
  public void aDisagreementSaysWhatShouldChange_M3() {
    // rule: M3 — an opinion against the draft is stated
    MinutesRules.requireComments(true, null);
    MinutesRules.requireComments(false, "第二段表述不准确");
    for (String none : new String[] {null, " "}) {
      try {
        MinutesRules.requireComments(false, none);
        fail("a disagreement without comments was taken");
      } catch (ValidationException e) {
        assertEquals("comments", e.field());
        assertEquals(Clause.M3, e.clause().orElseThrow());
      }
    }
  }

  @Test
  public void theLegalReviewComesOnceAndTheSignatureOnlyAfterIt_M3() {
    // rule: M3 — the legality review, then the mayor's signature
    assertTrue(MinutesRules.legalReviewOpen(true, false));
    assertFalse("already passed", MinutesRules.legalReviewOpen(true, true));
    assertFalse("not asked", MinutesRules.legalReviewOpen(false, false));
    assertTrue(MinutesRules.signable(true, true));
    assertFalse("not passed", MinutesRules.signable(true, false));
    assertFalse("not in the review", MinutesRules.signable(false, true));
  }

  @Test
  public void anErratumNamingADecisionInItsPassageOrTextIsFound_I2() {
    // rule: I2 — no unit changes what the meeting decided, not through an erratum either
    assertNull(MinutesRules.decisionTerm("三楼常务会议室", "四楼常务会议室"));
    assertNull(MinutesRules.decisionTerm(null, "四楼"));
    assertEquals("通过", MinutesRules.decisionTerm("原则通过", "同意"));
    assertEquals("不予", MinutesRules.decisionTerm(null, "不予办理"));
    assertEquals("完成时限", MinutesRules.decisionTerm("完成时限：2027-09-01", "完成时限：2027-12-31"));
    for (String term : MinutesRules.DECISION_TERMS) {
      assertEquals(term, MinutesRules.decisionTerm(null, "更正为" + term));
      assertEquals(term, MinutesRules.decisionTerm("原文" + term, "更正"));
    }
  }

  @Test
  public void aPassageIsCorrectedOnlyWhereItOccursExactlyOnce_M3() {
    // rule: M3 — the signed minutes never change; an erratum points at one passage of them
    String text = "关于校园食堂\n地点：三楼\n关于干部任免";
    assertEquals(0, MinutesRules.foundOnce(text, "关于校园"));
    assertEquals(text.indexOf("三楼"), MinutesRules.foundOnce(text, "三楼"));
    assertEquals(-1, MinutesRules.foundOnce(text, "关于"));
    assertEquals(-1, MinutesRules.foundOnce(text, "五楼"));
  }

  @Test
  public void keepersAndParticipantsReadTheWholeRecord_K3() {
    // rule: K3 — what was said stays with those who were there and who keep the record
    MinutesRecord r = minutes(Minutes.State.SIGNED);
    for (Actor keeper : List.of(MAYOR, SECRETARY, OFFICE, DIRECTOR)) {
      assertEquals(keeper.toString(), MinutesRules.Reading.FULL, reading(r, keeper));
    }
    assertEquals(MinutesRules.Reading.FULL, reading(r, EVM));
    assertEquals(MinutesRules.Reading.NONE, reading(r, GANGWAN));
    assertEquals(MinutesRules.Reading.NONE, reading(r, JUSTICE));
    assertEquals(
        "an erratum they do not review opens nothing",
        MinutesRules.Reading.NONE,
        reading(r, GANGWAN, erratum(Minutes.Erratum.State.DRAFT)));
  }

  @Test
  public void theIssuedScopeReadsWithoutTheRestrictedPassages_K3() {
    // rule: K3 — 按规定范围印发: the units and people named, once issued
    MinutesRecord r = minutes(Minutes.State.SIGNED);
    r.scopeUnits = "GANGWAN";
    r.scopePersons = "xie.yu";
    assertEquals("not yet issued", MinutesRules.Reading.NONE, reading(r, GANGWAN));
    assertFalse(MinutesRules.inScope(r, person(CLERK)));
    r.state = Minutes.State.ISSUED;
    assertEquals(MinutesRules.Reading.OUTSIDE, reading(r, GANGWAN));
    assertEquals(MinutesRules.Reading.OUTSIDE, reading(r, CLERK));
    assertTrue(MinutesRules.inScope(r, person(GANGWAN)));
    assertTrue(MinutesRules.inScope(r, person(CLERK)));
    assertFalse(MinutesRules.inScope(r, person(EDUCATION)));
    assertEquals(MinutesRules.Reading.NONE, reading(r, JUSTICE));
    assertEquals(
        "who just reviewed reads what they reviewed",
        MinutesRules.Reading.OUTSIDE,
        MinutesRules.reading(r, List.of(), JUSTICE, person(JUSTICE), true));
  }

  @Test
  public void aReportingDepartmentReadsTheDraftUntilIssueAndJusticeOnlyInTheLegalReview_M3_K3() {
    // rule: M3 — the reviewers read what they review; K3 — nobody else
    for (Minutes.State s : Minutes.State.values()) {
      MinutesRecord r = minutes(s);
      assertEquals(
          s.name(),
          s != Minutes.State.ISSUED,
          MinutesRules.reviewsMinutes(r, EDUCATION, person(EDUCATION)));
      assertEquals(
          s.name(),
          s == Minutes.State.LEGAL_REVIEW,
          MinutesRules.reviewsMinutes(r, JUSTICE, person(JUSTICE)));
      assertFalse(s.name(), MinutesRules.reviewsMinutes(r, CLERK, person(CLERK)));
    }
    assertEquals(
        MinutesRules.Reading.OUTSIDE, reading(minutes(Minutes.State.IN_OPINION), EDUCATION));
  }

  @Test
  public void anErratumIsReviewedByTheReportingDepartmentsThenJustice_M3() {
    // rule: M3 — an erratum goes the minutes' way
    MinutesRecord r = minutes(Minutes.State.ISSUED);
    for (Minutes.Erratum.State s : Minutes.Erratum.State.values()) {
      ErratumRecord e = erratum(s);
      boolean asked =
          s == Minutes.Erratum.State.IN_OPINION || s == Minutes.Erratum.State.LEGAL_REVIEW;
      assertEquals(
          s.name(), asked, MinutesRules.reviewsErratum(r, e, EDUCATION, person(EDUCATION)));
      assertEquals(
          s.name(),
          s == Minutes.Erratum.State.LEGAL_REVIEW,
          MinutesRules.reviewsErratum(r, e, JUSTICE, person(JUSTICE)));
      assertFalse(s.name(), MinutesRules.reviewsErratum(r, e, CLERK, person(CLERK)));
    }
    assertEquals(
        "an erratum under review opens the issued minutes to its reviewer",
        MinutesRules.Reading.OUTSIDE,
        reading(
            minutes(Minutes.State.ISSUED), JUSTICE, erratum(Minutes.Erratum.State.LEGAL_REVIEW)));
  }

  @Test
  public void signedErrataAreReadAsTheMinutesAndUnsignedOnesByTheirReviewersOnly_K3() {
    // rule: K3 — an erratum on a restricted passage stays with the participants and keepers
    MinutesRecord r = minutes(Minutes.State.ISSUED);
    ErratumRecord open = erratum(Minutes.Erratum.State.SIGNED);
    open.signedAt = new java.sql.Timestamp(0);
    ErratumRecord restricted = erratum(Minutes.Erratum.State.SIGNED);
    restricted.signedAt = open.signedAt;
    restricted.restricted = true;
    assertTrue(MinutesRules.showsErratum(r, open, GANGWAN, person(GANGWAN), false));
    assertFalse(MinutesRules.showsErratum(r, restricted, GANGWAN, person(GANGWAN), false));
    assertTrue(MinutesRules.showsErratum(r, restricted, EVM, person(EVM), true));
    ErratumRecord draft = erratum(Minutes.Erratum.State.DRAFT);
    assertTrue(MinutesRules.showsErratum(r, draft, SECRETARY, person(SECRETARY), true));
    assertTrue(MinutesRules.showsErratum(r, draft, MAYOR, person(MAYOR), true));
    assertFalse(
        "a participant, not its reviewer",
        MinutesRules.showsErratum(r, draft, EVM, person(EVM), true));
    ErratumRecord asked = erratum(Minutes.Erratum.State.IN_OPINION);
    assertTrue(MinutesRules.showsErratum(r, asked, EDUCATION, person(EDUCATION), false));
    assertFalse(MinutesRules.showsErratum(r, asked, OFFICE, person(OFFICE), true));
  }
}

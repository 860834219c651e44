package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.error.StaleRevisionException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The minutes from draft to issue on real persistence (M3): drafted by the secretariat after the
 * meeting, edited as versions, the reporting departments' opinions, the legality review, the
 * mayor's signature, issue to a scope that exists (K3); and the errata's own refusals.
 */
public class MinutesFlowTest {
  private Meeting44 m;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
    m.leadUnits.add("EDUCATION");
    m.report(1, 10);
    m.positions(1, "同意");
    m.decide(1, Decision.Outcome.APPROVED, "完成食堂改造");
  }

  @After
  public void tearDown() {
    m.close();
  }

  private static DomainException refused(Runnable act) {
    try {
      act.run();
    } catch (DomainException e) {
      return e;
    }
    fail("accepted");
    return null;
  }

  private static void conflict(Runnable act, Clause clause) {
    DomainException e = refused(act);
    assertTrue(e.getClass().getSimpleName(), e instanceof ConflictException);
    assertEquals(clause, e.clause().orElse(null));
  }

  private static void denied(Runnable act, Clause clause) {
    DomainException e = refused(act);
    assertTrue(e.getClass().getSimpleName(), e instanceof AccessDeniedException);
    assertEquals(clause, e.clause().orElse(null));
  }

  private static String invalid(Runnable act) {
    DomainException e = refused(act);
    assertTrue(e.getClass().getSimpleName(), e instanceof ValidationException);
    return ((ValidationException) e).field();
  }

  @Test
  public void theSecretariatDraftsOnceAfterTheMeetingAndEditsOnlyTheDraft_M3() {
    // rule: M3 — 会议纪要由区政府常务秘书室负责起草
    conflict(() -> m.desk.draft(44, Meeting44.SECRETARY), Clause.M3);
    m.meeting.status = Meeting.Status.CLOSED;
    assertTrue(refused(() -> m.desk.draft(44, Meeting44.OFFICE)) instanceof AccessDeniedException);
    Minutes draft = m.desk.draft(44, Meeting44.SECRETARY);
    assertEquals(Minutes.State.DRAFT, draft.state);
    assertEquals("前政纪〔2027〕44号", draft.documentNumber);
    assertTrue(draft.text.contains("决定：原则通过"));
    conflict(() -> m.desk.draft(44, Meeting44.SECRETARY), Clause.M3);
    assertEquals("text", invalid(() -> m.desk.edit(draft.id, " ", null, Meeting44.SECRETARY)));
    Minutes edited =
        m.desk.edit(draft.id, draft.text + "\n附：会议材料一份", draft.revision, Meeting44.SECRETARY);
    assertEquals(2, edited.versions.size());
    assertTrue(
        refused(() -> m.desk.edit(draft.id, "旧稿", draft.revision, Meeting44.SECRETARY))
            instanceof StaleRevisionException);
    m.desk.askOpinions(draft.id, Meeting44.SECRETARY);
    conflict(() -> m.desk.edit(draft.id, "改稿", null, Meeting44.SECRETARY), Clause.M3);
    conflict(() -> m.desk.askOpinions(draft.id, Meeting44.SECRETARY), Clause.M3);
  }

  @Test
  public void opinionsThenTheLegalityReviewThenTheMayorsSignature_M3() {
    // rule: M3 — 经征求议题汇报部门意见和法制部门合法性审查后，报区长签发
    m.meeting.status = Meeting.Status.CLOSED;
    long id = m.desk.draft(44, Meeting44.SECRETARY).id;
    conflict(() -> m.desk.sign(id, Meeting44.MAYOR), Clause.M3);
    Minutes asked = m.desk.askOpinions(id, Meeting44.SECRETARY);
    assertEquals(Minutes.State.IN_OPINION, asked.state);
    assertEquals(List.of("EDUCATION"), asked.awaitingOpinions);
    conflict(() -> m.desk.legalReview(id, true, null, Meeting44.JUSTICE), Clause.M3);
    denied(() -> m.desk.giveOpinion(id, true, null, Meeting44.SUBDISTRICT), Clause.M3);
    assertEquals("comments", invalid(() -> m.desk.giveOpinion(id, false, " ", Meeting44.CLERK)));
    Minutes opinion = m.desk.giveOpinion(id, false, "第二项表述不准确", Meeting44.CLERK);
    assertEquals(Minutes.State.LEGAL_REVIEW, opinion.state);
    denied(() -> m.desk.giveOpinion(id, true, null, Meeting44.CLERK), Clause.M3);
    assertEquals("reasons", invalid(() -> m.desk.legalReview(id, false, null, Meeting44.JUSTICE)));
    Minutes returned = m.desk.legalReview(id, false, "引用条款有误", Meeting44.JUSTICE);
    assertEquals(Minutes.State.DRAFT, returned.state);
    m.desk.askOpinions(id, Meeting44.SECRETARY);
    m.desk.giveOpinion(id, true, null, Meeting44.CLERK);
    m.desk.legalReview(id, true, null, Meeting44.JUSTICE);
    conflict(() -> m.desk.legalReview(id, true, null, Meeting44.JUSTICE), Clause.M3);
    denied(() -> m.desk.sign(id, Meeting44.EVM), Clause.M3);
    Minutes signed = m.desk.sign(id, Meeting44.MAYOR);
    assertEquals(Minutes.State.SIGNED, signed.state);
    assertEquals("li.jianguo", signed.signedBy);
    assertNotNull(signed.hash);
    assertEquals(
        List.of("OPINION", "LEGAL_RETURNED", "OPINION", "LEGAL_OK", "SIGNED"),
        signed.steps.stream().map(s -> s.kind).toList());
    conflict(() -> m.desk.sign(id, Meeting44.MAYOR), Clause.M3);
    conflict(() -> m.desk.edit(id, "改稿", null, Meeting44.SECRETARY), Clause.M3);
  }

  @Test
  public void withoutReportingDepartmentsTheLegalityReviewIsNext_M3() {
    // rule: M3 — nobody to ask: straight to the legal department
    m.leadUnits.clear();
    m.meeting.status = Meeting.Status.CLOSED;
    long id = m.desk.draft(44, Meeting44.SECRETARY).id;
    assertEquals(Minutes.State.LEGAL_REVIEW, m.desk.askOpinions(id, Meeting44.SECRETARY).state);
  }

  @Test
  public void theMayorIssuesSignedMinutesToAScopeOfUnitsAndPeopleThatExist_K3() {
    // rule: K3 — 按规定范围及时印发; M3 — the mayor signs and issues
    m.meeting.status = Meeting.Status.CLOSED;
    long id = m.desk.draft(44, Meeting44.SECRETARY).id;
    conflict(() -> m.desk.issue(id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR), Clause.M3);
    m.desk.askOpinions(id, Meeting44.SECRETARY);
    m.desk.giveOpinion(id, true, null, Meeting44.CLERK);
    m.desk.legalReview(id, true, null, Meeting44.JUSTICE);
    m.desk.sign(id, Meeting44.MAYOR);
    denied(() -> m.desk.issue(id, List.of("GANGWAN"), List.of(), Meeting44.EVM), Clause.M3);
    assertEquals(
        "unitIds", invalid(() -> m.desk.issue(id, List.of("NOWHERE"), null, Meeting44.MAYOR)));
    assertEquals(
        "unitIds",
        invalid(() -> m.desk.issue(id, Arrays.asList((String) null), null, Meeting44.MAYOR)));
    assertEquals(
        "personIds", invalid(() -> m.desk.issue(id, null, List.of("nobody"), Meeting44.MAYOR)));
    denied(() -> m.desk.read(id, Meeting44.SUBDISTRICT), Clause.K3);
    Minutes issued = m.desk.issue(id, List.of("GANGWAN"), List.of("xu.li"), Meeting44.MAYOR);
    assertEquals(Minutes.State.ISSUED, issued.state);
    assertEquals(List.of("GANGWAN"), issued.scopeUnitIds);
    assertEquals(List.of("xu.li"), issued.scopePersonIds);
    Minutes outside = m.desk.read(id, Meeting44.SUBDISTRICT);
    assertEquals(List.of(), outside.versions);
    assertFalse(outside.text.contains(MinutesText.RESTRICTED_START));
    m.desk.read(id, Meeting44.JUSTICE);
    denied(() -> m.desk.read(id, Meeting44.CLERK), Clause.K3);
    conflict(() -> m.desk.issue(id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR), Clause.M3);
  }

  @Test
  public void anErratumIsForSignedMinutesWithPlainWordsAndGoesItsWayOnce_M3() {
    // rule: M3 — a signed record never changes; a correction is an erratum, reviewed and signed
    m.meeting.status = Meeting.Status.CLOSED;
    long id = m.desk.draft(44, Meeting44.SECRETARY).id;
    conflict(() -> m.desk.draftErratum(id, "三楼常务会议室", "四楼常务会议室", Meeting44.SECRETARY), Clause.M3);
    m.desk.askOpinions(id, Meeting44.SECRETARY);
    m.desk.giveOpinion(id, true, null, Meeting44.CLERK);
    m.desk.legalReview(id, true, null, Meeting44.JUSTICE);
    m.desk.sign(id, Meeting44.MAYOR);
    assertEquals(
        "text",
        invalid(
            () ->
                m.desk.draftErratum(
                    id, "三楼常务会议室", MinutesText.RESTRICTED_END + "四楼", Meeting44.SECRETARY)));
    Minutes drafted = m.desk.draftErratum(id, "三楼常务会议室", "四楼常务会议室", Meeting44.SECRETARY);
    long e = drafted.errata.get(0).id;
    assertEquals(Minutes.Erratum.State.DRAFT, drafted.errata.get(0).state);
    m.desk.askErratumOpinions(id, e, Meeting44.SECRETARY);
    conflict(() -> m.desk.askErratumOpinions(id, e, Meeting44.SECRETARY), Clause.M3);
    conflict(() -> m.desk.erratumLegalReview(id, e, true, null, Meeting44.JUSTICE), Clause.M3);
    denied(() -> m.desk.giveErratumOpinion(id, e, true, null, Meeting44.SUBDISTRICT), Clause.M3);
    assertEquals(
        "comments", invalid(() -> m.desk.giveErratumOpinion(id, e, false, null, Meeting44.CLERK)));
    m.desk.giveErratumOpinion(id, e, true, null, Meeting44.CLERK);
    assertEquals(
        "reasons", invalid(() -> m.desk.erratumLegalReview(id, e, false, " ", Meeting44.JUSTICE)));
    m.desk.erratumLegalReview(id, e, true, null, Meeting44.JUSTICE);
    conflict(() -> m.desk.erratumLegalReview(id, e, true, null, Meeting44.JUSTICE), Clause.M3);
    denied(() -> m.desk.signErratum(id, e, Meeting44.EVM), Clause.M3);
    m.desk.signErratum(id, e, Meeting44.MAYOR);
    conflict(() -> m.desk.signErratum(id, e, Meeting44.MAYOR), Clause.M3);
  }
}

package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.rule.Clause;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** An erratum corrects wording, goes the minutes' way (M3), and never a decision (I2). */
public class ErrataTest {
  private Meeting44 m;
  private Minutes signed;

  @Before
  public void setUp() throws Exception {
    m = new Meeting44();
    m.leadUnits.add("EDUCATION");
    signed = m.signedMinutesWithOpinions();
  }

  @After
  public void tearDown() {
    m.close();
  }

  private DomainException refused(String passage, String text) {
    try {
      m.desk.draftErratum(signed.id, passage, text, Meeting44.SECRETARY);
    } catch (DomainException e) {
      return e;
    }
    throw new AssertionError("erratum accepted: " + passage + " -> " + text);
  }

  @Test
  public void anErratumThatTouchesADecisionIsRefused_I2() {
    // rule: I2 — the attack of issue 14: an erratum turning a decision around
    DomainException attack = refused(null, "更正：第一项决定改为不予通过");
    assertTrue(attack instanceof ConflictException);
    assertEquals(Clause.I2, attack.clause().orElse(null));
    // a requirement's deadline is part of the decision, whatever the wording
    assertEquals(Clause.I2, refused("完成时限：2027-09-01", "完成时限：2027-12-31").clause().orElse(null));
    assertEquals(Clause.I2, refused("完成食堂改造", "暂不改造食堂").clause().orElse(null));
    assertEquals(Clause.I2, refused("原则通过", "同意").clause().orElse(null));
    // wording outside any decision line is corrected, once the passage is named
    assertTrue(refused(null, "四楼") instanceof ValidationException);
    assertEquals("passage", ((ValidationException) refused("五楼", "四楼")).field());
    assertEquals("passage", ((ValidationException) refused("关于", "四楼")).field()); // not unique
    Minutes ok = m.desk.draftErratum(signed.id, "三楼常务会议室", "四楼常务会议室", Meeting44.SECRETARY);
    assertEquals(Minutes.Erratum.State.DRAFT, ok.errata.get(0).state);
    assertEquals(signed.text, ok.text);
  }

  @Test
  public void anErratumGoesThroughOpinionsAndTheLegalityReviewBeforeSignature_M3() {
    // rule: M3 — the reporting departments' opinions and the legality review, then the mayor
    long e = draft("三楼常务会议室", "四楼常务会议室");
    expectConflict(() -> m.desk.signErratum(signed.id, e, Meeting44.MAYOR), Clause.M3);
    Minutes asked = m.desk.askErratumOpinions(signed.id, e, Meeting44.SECRETARY);
    assertEquals(List.of("EDUCATION"), asked.errata.get(0).awaitingOpinions);
    expectConflict(() -> m.desk.signErratum(signed.id, e, Meeting44.MAYOR), Clause.M3);
    m.desk.giveErratumOpinion(signed.id, e, true, null, Meeting44.CLERK);
    m.desk.erratumLegalReview(signed.id, e, true, null, Meeting44.JUSTICE);
    Minutes done = m.desk.signErratum(signed.id, e, Meeting44.MAYOR);
    Minutes.Erratum out = done.errata.get(0);
    assertEquals(Minutes.Erratum.State.SIGNED, out.state);
    assertEquals(signed.hash, out.previousHash);
    assertEquals(signed.text, done.text);
    assertTrue(
        done.steps.stream().anyMatch(s -> s.kind.equals("ERRATUM_OPINION") && s.erratumId == e));
    // a returned erratum is not signed; the secretariat drafts anew
    long second = draft("主持：li.jianguo", "主持：李建国");
    m.desk.askErratumOpinions(signed.id, second, Meeting44.SECRETARY);
    m.desk.giveErratumOpinion(signed.id, second, true, null, Meeting44.CLERK);
    m.desk.erratumLegalReview(signed.id, second, false, "无依据", Meeting44.JUSTICE);
    expectConflict(() -> m.desk.signErratum(signed.id, second, Meeting44.MAYOR), Clause.M3);
  }

  @Test
  public void readersGetErrataFilteredLikeTheMinutes_K3() {
    // rule: K3 — unsigned errata only for the secretariat and the signer; restricted ones for
    // the participants
    m.desk.issue(signed.id, List.of("GANGWAN"), List.of(), Meeting44.MAYOR);
    long open = draft("三楼常务会议室", "四楼常务会议室");
    long closed = draft("关于干部任免的议题", "关于干部任职的议题");
    assertEquals(2, m.desk.read(signed.id, Meeting44.SECRETARY).errata.size());
    assertEquals(2, m.desk.read(signed.id, Meeting44.MAYOR).errata.size());
    assertTrue(m.desk.read(signed.id, Meeting44.OFFICE).errata.isEmpty());
    assertTrue(m.desk.read(signed.id, Meeting44.EVM).errata.isEmpty());
    assertTrue(m.desk.read(signed.id, Meeting44.SUBDISTRICT).errata.isEmpty());
    for (long e : List.of(open, closed)) {
      m.desk.askErratumOpinions(signed.id, e, Meeting44.SECRETARY);
      m.desk.giveErratumOpinion(signed.id, e, true, null, Meeting44.CLERK);
      m.desk.erratumLegalReview(signed.id, e, true, null, Meeting44.JUSTICE);
      m.desk.signErratum(signed.id, e, Meeting44.MAYOR);
    }
    Minutes outside = m.desk.read(signed.id, Meeting44.SUBDISTRICT);
    assertEquals(1, outside.errata.size());
    assertEquals(open, outside.errata.get(0).id);
    assertFalse(outside.toString(), outside.text.contains("干部任免"));
    assertTrue(outside.steps.stream().noneMatch(s -> s.erratumId != null && s.erratumId == closed));
    assertEquals(2, m.desk.read(signed.id, Meeting44.EVM).errata.size());
    assertTrue(m.desk.verify().intact);
  }

  private long draft(String passage, String text) {
    List<Minutes.Erratum> all =
        m.desk.draftErratum(signed.id, passage, text, Meeting44.SECRETARY).errata;
    return all.get(all.size() - 1).id;
  }

  private static void expectConflict(Runnable act, Clause clause) {
    try {
      act.run();
      fail("accepted");
    } catch (ConflictException e) {
      assertEquals(clause, e.clause().orElse(null));
    }
  }
}

package org.govmeeting.review.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.security.Actor;
import org.junit.Test;

/** What a chain allows, each rule on its own, without the database. */
public class ChainRulesTest {
  /** A policy that finds what it is given and lets the mayor lift what it is given. */
  private static Policy policy(Set<Clause> liftable, Finding... findings) {
    return new Policy() {
      @Override
      public String district() {
        return "test";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public List<Finding> check(TopicFacts topic) {
        return List.of(findings);
      }

      @Override
      public List<ReviewStep> chain(TopicFacts topic) {
        return List.of();
      }

      @Override
      public boolean quorate(int presentMembers, int allMembers) {
        return true;
      }

      @Override
      public int materialsLeadDays() {
        return 2;
      }

      @Override
      public Set<Clause> overridable() {
        return liftable;
      }
    };
  }

  private static TopicFacts lifted(Clause... clauses) {
    TopicFacts t = new TopicFacts();
    t.overridden = clauses.length == 0 ? Set.of() : EnumSet.of(clauses[0], clauses);
    return t;
  }

  private static final Finding S3 = new Finding(Clause.S3, "有分歧", "a unit disagrees");
  private static final Finding S4 = new Finding(Clause.S4, "未公开征求意见", "not consulted");

  @Test
  public void aFindingTheMayorLiftedNoLongerBlocksTheTopic_S3() {
    // rule: S3 — 原则上: lifted by the mayor for this topic, where the district allows it
    Policy p = policy(Set.of(Clause.S3), S3, S4);
    assertEquals(List.of(Clause.S4), clauses(ChainRules.blocking(p, lifted(Clause.S3))));
    ChainRules.admit(policy(Set.of(Clause.S3), S3), lifted(Clause.S3));
  }

  @Test
  public void aLiftOfAClauseTheDistrictNeverLiftsCountsForNothing_S3_S4() {
    // rule: S4 — always holds; S3 holds where the district does not let the mayor lift it
    assertEquals(
        List.of(Clause.S3, Clause.S4),
        clauses(ChainRules.blocking(policy(Set.of(), S3, S4), lifted(Clause.S3, Clause.S4))));
    try {
      ChainRules.admit(policy(Set.of(Clause.S3), S3, S4), lifted());
      fail("a topic with findings was admitted");
    } catch (RuleViolationException e) {
      assertEquals(2, e.findings().size());
      assertEquals(Clause.S3, e.clause().orElseThrow());
    }
  }

  @Test
  public void aDistrictsOwnClauseBlocksUnderItsOwnIdAndIsLiftedAsItsBasis_S3() {
    // rule: S3 — a district's XY-3 resting on S3: shown as XY-3, lifted where S3 may be
    org.govmeeting.api.rule.DistrictClause xy3 =
        new org.govmeeting.api.rule.DistrictClause("XY-3", "向阳区：须达成一致。", null, Clause.S3);
    Finding own = new Finding(xy3, "有分歧", "a unit disagrees");
    Finding unbased = new Finding();
    unbased.own = xy3;
    unbased.message = "a unit disagrees";
    Violation v = ChainRules.blocking(policy(Set.of(), own), lifted()).get(0);
    assertEquals("XY-3", v.clauseId());
    assertEquals(Clause.S3, v.clause());
    assertEquals(xy3, v.own());
    assertEquals(
        Clause.S3, ChainRules.blocking(policy(Set.of(), unbased), lifted()).get(0).clause());
    assertEquals(List.of(), ChainRules.blocking(policy(Set.of(Clause.S3), own), lifted(Clause.S3)));
    try {
      ChainRules.admit(policy(Set.of(), own), lifted(Clause.S3));
      fail("a clause the district never lifts was lifted");
    } catch (RuleViolationException e) {
      assertEquals("XY-3", e.clauseId());
      assertEquals("Rule XY-3 violated", e.title());
    }
  }

  @Test
  public void aLiftableFindingSaysTheMayorMayLiftIt_S3() {
    // rule: S3 — the refusal tells how it may be lifted; a clause never lifted says nothing of it
    Violation liftable = ChainRules.blocking(policy(Set.of(Clause.S3), S3), lifted()).get(0);
    assertEquals("有分歧（区长可就本议题说明理由后准予例外）", liftable.chinese());
    assertEquals(
        "a unit disagrees (the mayor may lift S3 for this topic, with a reason)",
        liftable.english());
    Violation english = // a policy that gives no Chinese falls back to its English
        ChainRules.blocking(
                policy(Set.of(Clause.S3), new Finding(Clause.S3, "a unit disagrees")), lifted())
            .get(0);
    assertEquals("a unit disagrees（区长可就本议题说明理由后准予例外）", english.chinese());
    Violation fixed = ChainRules.blocking(policy(Set.of(Clause.S3), S4), lifted()).get(0);
    assertEquals("未公开征求意见", fixed.chinese());
    assertEquals("not consulted", fixed.english());
    Violation notLiftable = ChainRules.blocking(policy(Set.of(), S3), lifted()).get(0);
    assertEquals("有分歧", notLiftable.chinese());
    // a district may list a clause the regulation does not say 原则上 of: no hint for it
    Violation always = ChainRules.blocking(policy(Set.of(Clause.S4), S4), lifted()).get(0);
    assertEquals("未公开征求意见", always.chinese());
    assertEquals("not consulted", always.english());
  }

  private static List<Clause> clauses(List<Violation> vs) {
    return vs.stream().map(Violation::clause).collect(Collectors.toList());
  }

  private static StepRecord step(int stage, Clause clause, Role role, String signer) {
    StepRecord s = new StepRecord();
    s.stage = stage;
    s.clause = clause;
    s.role = role;
    s.signerId = signer;
    s.label = clause.name();
    s.state = StepState.PENDING;
    return s;
  }

  @Test
  public void aNamedSignerSignsInTheRoleTheStepAsksFor_F4_F7() {
    // rule: F7 — the supervising vice-mayor signs as such; F4 — the lead unit's head as head
    Actor evm =
        new Actor("wang.hong", "王红", EnumSet.of(Role.EXECUTIVE_VICE_MAYOR, Role.DEPARTMENT_HEAD));
    assertEquals(
        Role.EXECUTIVE_VICE_MAYOR,
        ChainRules.actingRole(step(4, Clause.F7, null, "wang.hong"), evm));
    assertEquals(
        Role.DEPARTMENT_HEAD, ChainRules.actingRole(step(1, Clause.F4, null, "wang.hong"), evm));
    Actor member = new Actor("zhao.min", "赵敏", EnumSet.of(Role.PARTY_GROUP_MEMBER));
    assertEquals(
        Role.PARTY_GROUP_MEMBER,
        ChainRules.actingRole(step(4, Clause.F7, null, "zhao.min"), member));
    // Named on a step without a head's role: the first of their roles, the same every time.
    Actor clerk = new Actor("lin.na", "林娜", EnumSet.of(Role.DEPARTMENT_STAFF, Role.OFFICE_STAFF));
    assertEquals(
        Role.OFFICE_STAFF, ChainRules.actingRole(step(1, Clause.F4, null, "lin.na"), clerk));
  }

  @Test
  public void onlyThePersonTheStepNamesSigns_F7() {
    // rule: F7 — the topic's own supervisor, nobody else
    try {
      ChainRules.actingRole(
          step(4, Clause.F7, null, "wang.hong"),
          new Actor("sun.lei", "孙磊", EnumSet.of(Role.VICE_MAYOR)));
      fail("another vice-mayor signed F7");
    } catch (AccessDeniedException e) {
      assertEquals(Clause.F7, e.clause().orElseThrow());
    }
  }

  @Test
  public void aRoleStepIsSignedByAHolderOfTheRoleOnly_F6() {
    // rule: F6 — the Justice Bureau head
    StepRecord f6 = step(2, Clause.F6, Role.JUSTICE_HEAD, null);
    assertEquals(
        Role.JUSTICE_HEAD,
        ChainRules.actingRole(f6, new Actor("xu.li", "徐丽", EnumSet.of(Role.JUSTICE_HEAD))));
    try {
      ChainRules.actingRole(f6, new Actor("he.bin", "何斌", EnumSet.of(Role.FINANCE_HEAD)));
      fail("the Finance head signed F6");
    } catch (AccessDeniedException e) {
      assertEquals(Clause.F6, e.clause().orElseThrow());
    }
  }

  private static ChainRecord chain(ChainState state, StepRecord... steps) {
    ChainRecord c = new ChainRecord();
    c.state = state;
    c.steps.addAll(List.of(steps));
    return c;
  }

  @Test
  public void onlyAnOpenStepOfAChainInReviewIsActedOn_F8() {
    // rule: F8 — each step in its stage, once
    StepRecord open = step(5, Clause.F8, Role.OFFICE_DIRECTOR, null);
    ChainRules.actable(chain(ChainState.IN_REVIEW, open), open);
    for (ChainState ended : EnumSet.complementOf(EnumSet.of(ChainState.IN_REVIEW))) {
      try {
        ChainRules.actable(chain(ended, open), open);
        fail("a step of a chain " + ended + " was acted on");
      } catch (ConflictException e) {
        assertTrue(e.message(true), e.message(true).endsWith(ended.name()));
      }
    }
    open.state = StepState.WAITING;
    ConflictException waiting = refused(open);
    assertEquals(Clause.F8, waiting.clause().orElseThrow());
    assertEquals("this step opens when the steps before it are signed", waiting.message(true));
    assertEquals("前序环节签署后，本环节方可办理", waiting.message(false));
    open.state = StepState.SIGNED;
    assertEquals("this step is already SIGNED", refused(open).message(true));
    assertTrue(refused(open).message(false).startsWith("本环节当前状态为"));
  }

  private static ConflictException refused(StepRecord s) {
    try {
      ChainRules.actable(chain(ChainState.IN_REVIEW, s), s);
    } catch (ConflictException e) {
      return e;
    }
    fail("a " + s.state + " step was acted on");
    return null;
  }

  @Test
  public void aReturnCancelsTheStepsNobodyActedOn() {
    StepRecord signed = step(1, Clause.F4, null, "ma.qiang");
    signed.state = StepState.SIGNED;
    StepRecord pending = step(2, Clause.F6, Role.JUSTICE_HEAD, null);
    StepRecord waiting = step(4, Clause.F7, null, "wang.hong");
    waiting.state = StepState.WAITING;
    ChainRecord c = chain(ChainState.IN_REVIEW, signed, pending, waiting);
    assertEquals(List.of(pending, waiting), ChainRules.cancelOpen(c));
    assertEquals(StepState.SIGNED, signed.state);
    assertEquals(StepState.CANCELLED, pending.state);
    assertEquals(StepState.CANCELLED, waiting.state);
  }

  @Test
  public void theNextStageOpensOnlyWhenThisOneIsSigned_F5() {
    // rule: F5 — Finance before the executive vice-mayor
    StepRecord finance = step(2, Clause.F5, Role.FINANCE_HEAD, null);
    StepRecord evm = step(3, Clause.F5, Role.EXECUTIVE_VICE_MAYOR, null);
    evm.state = StepState.WAITING;
    StepRecord office = step(5, Clause.F8, Role.OFFICE_DIRECTOR, null);
    office.state = StepState.WAITING;
    ChainRecord c = chain(ChainState.IN_REVIEW, finance, evm, office);
    assertFalse(ChainRules.advance(c));
    assertEquals(StepState.WAITING, evm.state);
    finance.state = StepState.SIGNED;
    assertFalse(ChainRules.advance(c));
    assertEquals(StepState.PENDING, evm.state);
    assertEquals(StepState.WAITING, office.state);
    evm.state = StepState.SIGNED;
    assertFalse(ChainRules.advance(c));
    assertEquals(StepState.PENDING, office.state);
    office.state = StepState.SIGNED;
    assertTrue("the last stage is signed", ChainRules.advance(c));
  }

  @Test
  public void aStageNumberedZeroOpensLikeAnyOther() {
    StepRecord first = step(0, Clause.F4, null, "ma.qiang");
    first.state = StepState.WAITING;
    ChainRecord c = chain(ChainState.IN_REVIEW, first);
    assertFalse(ChainRules.advance(c));
    assertEquals(StepState.PENDING, first.state);
  }

  @Test
  public void aMeetingTakesTopicsUntilItsCutOffWhileInPreparation_S9() {
    // rule: S9 — up to the cut-off, the cut-off itself included; a late topic goes to the next
    Instant cutoff = Instant.parse("2026-03-06T10:00:00Z");
    Meeting m = new Meeting();
    m.cutoff = cutoff;
    for (Meeting.Status s : Meeting.Status.values()) {
      m.status = s;
      boolean preparing = s == Meeting.Status.PLANNED || s == Meeting.Status.NOTIFIED;
      assertEquals(s.name(), preparing, ChainRules.takesTopics(m, cutoff));
      assertEquals(s.name(), preparing, ChainRules.takesTopics(m, cutoff.minusSeconds(3600)));
      assertFalse(s.name(), ChainRules.takesTopics(m, cutoff.plusSeconds(1)));
    }
    assertFalse("no meeting", ChainRules.takesTopics(null, cutoff));
  }

  @Test
  public void aTopicIsSentInWhenEveryStepBeforeTheOfficesCheckIsSigned_S9() {
    // rule: S9 — sent in when it reaches the Office; the Office's own check never makes it late
    StepRecord f4 = step(1, Clause.F4, null, "ma.qiang");
    StepRecord f6 = step(2, Clause.F6, Role.JUSTICE_HEAD, null);
    StepRecord f7 = step(4, Clause.F7, null, "wang.hong");
    StepRecord f8 = step(5, Clause.F8, Role.OFFICE_DIRECTOR, null);
    f4.state = StepState.SIGNED;
    f6.state = StepState.SIGNED;
    f7.state = StepState.PENDING;
    f8.state = StepState.WAITING;
    ChainRecord c = chain(ChainState.IN_REVIEW, f4, f6, f7, f8);
    assertFalse("the supervisor has not signed", ChainRules.sentIn(c));
    f7.state = StepState.SIGNED;
    f8.state = StepState.PENDING;
    assertTrue("only the Office's check is open", ChainRules.sentIn(c));
    f6.state = StepState.CANCELLED;
    assertTrue("a cancelled step waits for nobody", ChainRules.sentIn(c));
    f6.state = StepState.RETURNED;
    assertFalse("a returned step is not signed", ChainRules.sentIn(c));
    f6.state = StepState.SIGNED;
    f4.state = StepState.WAITING;
    assertFalse(ChainRules.sentIn(c));
    assertTrue("no step but the Office's", ChainRules.sentIn(chain(ChainState.IN_REVIEW, f8)));
  }
}

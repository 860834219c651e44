package org.govmeeting.review.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.review.ChainState;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.Step;
import org.govmeeting.api.review.StepState;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

/** The review's verdicts for the compliance report, clause by clause. */
public class ReviewComplianceVerdictsTest {
  static final Instant HELD = Instant.parse("2026-12-10T01:00:00Z");
  static final Instant CUTOFF = HELD.minus(Duration.ofDays(6));

  static ComplianceScope scope(Instant asOf) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.meeting.scheduledAt = HELD;
    s.meeting.cutoff = CUTOFF;
    s.phase = ComplianceReport.Phase.BEFORE;
    s.asOf = asOf;
    s.listed = List.of();
    s.topicIds = List.of(5L);
    return s;
  }

  static final ComplianceScope EARLY = scope(CUTOFF.minus(Duration.ofDays(3)));

  static Step step(long id, Clause c, Role role, StepState state, Instant at) {
    Step s = new Step();
    s.id = id;
    s.clause = c;
    s.role = role;
    s.label = c.name();
    s.state = state;
    s.actorId = state == StepState.SIGNED ? "signer" + id : null;
    s.actorRole = state == StepState.SIGNED ? role : null;
    s.actedAt = state == StepState.SIGNED ? at : null;
    return s;
  }

  static ReviewChain chain(Step... steps) {
    ReviewChain c = new ReviewChain();
    c.topicId = 5;
    c.state = ChainState.IN_REVIEW;
    c.startedAt = CUTOFF.minus(Duration.ofDays(10));
    c.steps = new ArrayList<>(List.of(steps));
    return c;
  }

  static Instant day(int before) {
    return CUTOFF.minus(Duration.ofDays(before));
  }

  @Test
  public void f4ToF8EachSignatureWithWhoWhenAndTheStep() {
    ReviewChain c =
        chain(
            step(1, Clause.F4, null, StepState.SIGNED, day(9)),
            step(2, Clause.F7, Role.VICE_MAYOR, StepState.SIGNED, day(8)),
            step(3, Clause.F8, Role.OFFICE_DIRECTOR, StepState.PENDING, null));
    List<ClauseCheck> cs = ReviewVerdicts.signatures(EARLY, 5, c);
    assertEquals(List.of("F4", "F5", "F6", "F7", "F8"), cs.stream().map(x -> x.clause).toList());
    assertEquals(Verdict.MET, cs.get(0).verdict);
    assertEquals("signer1", cs.get(0).evidence.get(0).personId);
    assertEquals(Long.valueOf(1), cs.get(0).evidence.get(0).recordId);
    assertEquals(Verdict.NOT_APPLICABLE, cs.get(1).verdict);
    assertEquals(Verdict.NOT_APPLICABLE, cs.get(2).verdict);
    assertEquals(Verdict.PENDING, cs.get(4).verdict);
    c.steps.set(2, step(3, Clause.F8, Role.OFFICE_DIRECTOR, StepState.RETURNED, null));
    assertEquals(Verdict.NOT_MET, ReviewVerdicts.signatures(EARLY, 5, c).get(4).verdict);
    assertEquals(Verdict.PENDING, ReviewVerdicts.signatures(EARLY, 5, null).get(0).verdict);
  }

  // rule: S5 — both the Finance Bureau and the executive vice-mayor
  @Test
  public void s5NeedsBothFinanceAndTheExecutiveViceMayor() {
    ReviewChain none = chain(step(1, Clause.F4, null, StepState.SIGNED, day(9)));
    assertEquals(Verdict.NOT_APPLICABLE, ReviewVerdicts.fiscal(EARLY, 5, none).verdict);
    ReviewChain both =
        chain(
            step(1, Clause.F5, Role.FINANCE_HEAD, StepState.SIGNED, day(9)),
            step(2, Clause.F5, Role.EXECUTIVE_VICE_MAYOR, StepState.SIGNED, day(8)));
    ClauseCheck met = ReviewVerdicts.fiscal(EARLY, 5, both);
    assertEquals(Verdict.MET, met.verdict);
    assertEquals("S5", met.clause);
    assertEquals(2, met.evidence.size());
    ReviewChain financeOnly =
        chain(step(1, Clause.F5, Role.FINANCE_HEAD, StepState.SIGNED, day(9)));
    assertEquals(Verdict.NOT_MET, ReviewVerdicts.fiscal(EARLY, 5, financeOnly).verdict);
  }

  @Test
  public void s4TheLegalityReviewIsTheJusticeBureausF6() {
    ClauseCheck none =
        ReviewVerdicts.legality(
            EARLY, 5, chain(step(1, Clause.F4, null, StepState.SIGNED, day(9))));
    assertEquals(Verdict.NOT_APPLICABLE, none.verdict);
    ClauseCheck signed =
        ReviewVerdicts.legality(
            EARLY, 5, chain(step(1, Clause.F6, Role.JUSTICE_HEAD, StepState.SIGNED, day(9))));
    assertEquals(Verdict.MET, signed.verdict);
    assertEquals("S4", signed.clause);
  }

  // rule: S9 — on time is when it reached the Office; the Office's own check never makes it late
  @Test
  public void s9TheOfficesOwnCheckingTimeNeverMakesATopicLate() {
    Step f8 = step(3, Clause.F8, Role.OFFICE_DIRECTOR, StepState.SIGNED, CUTOFF.plusSeconds(3600));
    ReviewChain c =
        chain(
            step(1, Clause.F4, null, StepState.SIGNED, day(9)),
            step(2, Clause.F7, Role.VICE_MAYOR, StepState.SIGNED, day(1)),
            f8);
    c.meetingId = 7L;
    ComplianceScope after = scope(CUTOFF.plus(Duration.ofDays(2)));
    ClauseCheck onTime = ReviewVerdicts.onTime(after, 5, c);
    assertEquals(Verdict.MET, onTime.verdict);
    assertEquals(day(1), onTime.evidence.get(0).at);
    c.steps.set(1, step(2, Clause.F7, Role.VICE_MAYOR, StepState.SIGNED, CUTOFF.plusSeconds(60)));
    c.meetingId = 8L;
    c.meetingNote = "S9: late, moved to meeting 45";
    ClauseCheck late = ReviewVerdicts.onTime(after, 5, c);
    assertEquals(Verdict.NOT_MET, late.verdict);
    assertTrue(late.reason, late.reason.contains("meeting 45"));
    // as the engine recorded it, whatever the signatures say
    c.sentInAt = day(2);
    assertEquals(Verdict.NOT_MET, ReviewVerdicts.onTime(after, 5, c).verdict);
    c.meetingId = 7L;
    assertEquals(Verdict.MET, ReviewVerdicts.onTime(after, 5, c).verdict);
    assertEquals(day(2), ReviewVerdicts.onTime(after, 5, c).evidence.get(0).at);
    ReviewChain open = chain(step(1, Clause.F4, null, StepState.PENDING, null));
    assertEquals(Verdict.PENDING, ReviewVerdicts.onTime(EARLY, 5, open).verdict);
    assertEquals(Verdict.NOT_MET, ReviewVerdicts.onTime(after, 5, open).verdict);
  }

  @Test
  public void s1TheOfficeCompilesTheMayorApproves() {
    assertEquals(Verdict.PENDING, ReviewVerdicts.topicList(EARLY, null, false).verdict);
    TopicList l = new TopicList();
    l.state = TopicList.State.DRAFT;
    l.compiledBy = "liu.yang";
    l.compiledAt = day(1);
    l.topicIds = List.of(5L);
    assertEquals(Verdict.PENDING, ReviewVerdicts.topicList(EARLY, l, false).verdict);
    l.state = TopicList.State.APPROVED;
    l.approvedBy = "li.jianguo";
    l.approvedAt = day(0);
    ClauseCheck approved = ReviewVerdicts.topicList(EARLY, l, true);
    assertEquals(Verdict.MET, approved.verdict);
    assertEquals("li.jianguo", approved.evidence.get(1).personId);
    assertEquals(Verdict.NOT_MET, ReviewVerdicts.topicList(EARLY, l, false).verdict);
  }
}

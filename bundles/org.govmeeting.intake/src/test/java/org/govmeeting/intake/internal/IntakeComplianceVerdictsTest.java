package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.Explanation;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.PartyPreReport;
import org.govmeeting.api.topic.PublicConsultation;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicEvent;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicStatus;
import org.junit.Test;

/** Intake's verdicts on a topic for the compliance report, clause by clause. */
public class IntakeComplianceVerdictsTest {
  static final Instant HELD = Instant.parse("2026-12-10T01:00:00Z");
  static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 20);

  static ComplianceScope scope(Instant asOf) {
    ComplianceScope s = new ComplianceScope();
    s.meeting = new Meeting();
    s.meeting.id = 7;
    s.meeting.scheduledAt = HELD;
    s.meeting.cutoff = HELD.minus(Duration.ofDays(6));
    s.phase = ComplianceReport.Phase.BEFORE;
    s.asOf = asOf;
    s.listed = List.of(5L);
    s.topicIds = List.of(5L);
    return s;
  }

  static final ComplianceScope EARLY = scope(HELD.minus(Duration.ofDays(20)));

  static TopicForm form() {
    TopicForm f = new TopicForm();
    f.name = "关于校园安全设施改造的议题";
    f.reporterId = "luo.ping";
    f.leadUnitId = "EDUCATION";
    f.category = Category.MAJOR_MATTER;
    f.implementationOpinion = "实施意见";
    f.explanation = new Explanation();
    f.explanation.background = "背景";
    f.explanation.process = "过程";
    f.explanation.content = "内容";
    f.explanation.questions = "问题";
    Consultation c = new Consultation();
    c.unitId = "FINANCE";
    c.answer = Consultation.Answer.AGREE;
    f.consultations = new ArrayList<>(List.of(c));
    return f;
  }

  static IntakeVerdicts.Subject subject(TopicForm f, TopicStatus status, RuleOverride... lifts) {
    Topic t = new Topic();
    t.id = 5;
    t.version = 1;
    t.status = status;
    t.form = f;
    t.createdBy = "xie.yu";
    t.supervisorId = "zhao.min";
    t.updatedAt = HELD.minus(Duration.ofDays(20));
    t.overrides = List.of(lifts);
    t.files = List.of();
    List<TopicEvent> events = new ArrayList<>();
    TopicEvent created = new TopicEvent();
    created.kind = "CREATED";
    created.actorId = "xie.yu";
    created.at = HELD.minus(Duration.ofDays(25));
    events.add(created);
    for (RuleOverride o : lifts) {
      TopicEvent e = new TopicEvent();
      e.kind = "OVERRIDE";
      e.at = o.grantedAt;
      e.version = 1;
      e.detail = o.clause + ": " + o.reason;
      events.add(e);
    }
    return new IntakeVerdicts.Subject(t, events, SUBMITTED, "EDUCATION");
  }

  static RuleOverride lift(Clause c) {
    RuleOverride o = new RuleOverride();
    o.clause = c;
    o.grantedBy = "li.jianguo";
    o.grantedAt = HELD.minus(Duration.ofDays(15));
    o.reason = "时间紧迫";
    o.topicVersion = 1;
    o.inForce = true;
    return o;
  }

  @Test
  public void t2ToT9OneCategoryAppliesTheOthersDoNot() {
    List<ClauseCheck> cs = IntakeVerdicts.category(subject(form(), TopicStatus.READY));
    assertEquals(8, cs.size());
    for (ClauseCheck c : cs) {
      assertEquals(
          c.clause, c.clause.equals("T3") ? Verdict.MET : Verdict.NOT_APPLICABLE, c.verdict);
    }
  }

  @Test
  public void f1ToF3AndF9TheFieldsOfTheForm() {
    TopicForm f = form();
    f.toPartyCommittee = true;
    List<ClauseCheck> cs =
        IntakeVerdicts.formFields(EARLY, subject(f, TopicStatus.READY), id -> "罗平");
    assertEquals(List.of("F1", "F2", "F3", "F9"), cs.stream().map(c -> c.clause).toList());
    cs.forEach(c -> assertEquals(c.clause, Verdict.MET, c.verdict));
    assertTrue(cs.get(1).reason.contains("罗平"));
    assertTrue(cs.get(3).reason.endsWith("是"));
    f.reporterId = null;
    assertEquals(
        Verdict.PENDING,
        IntakeVerdicts.formFields(EARLY, subject(f, TopicStatus.DRAFT), id -> id).get(1).verdict);
    assertEquals(
        Verdict.NOT_MET,
        IntakeVerdicts.formFields(EARLY, subject(f, TopicStatus.IN_REVIEW), id -> id)
            .get(1)
            .verdict);
  }

  // rule: S3 — dissent goes on only with the mayor's recorded consent, for a version
  @Test
  public void s3ConsultedAgreedOrLiftedByTheMayorWithTheVersion() {
    assertEquals(
        Verdict.MET,
        SubmittingVerdicts.consulted(EARLY, subject(form(), TopicStatus.READY)).verdict);
    TopicForm dissent = form();
    Consultation no = new Consultation();
    no.unitId = "HOUSING";
    no.answer = Consultation.Answer.DISAGREE;
    no.opinion = "资金来源不明";
    no.solution = "分年度安排";
    dissent.consultations.add(no);
    assertEquals(
        Verdict.NOT_MET,
        SubmittingVerdicts.consulted(EARLY, subject(dissent, TopicStatus.IN_REVIEW)).verdict);
    ClauseCheck lifted =
        SubmittingVerdicts.consulted(EARLY, subject(dissent, TopicStatus.READY, lift(Clause.S3)));
    assertEquals(Verdict.LIFTED, lifted.verdict);
    assertEquals("li.jianguo", lifted.lift.grantedBy);
    assertEquals("时间紧迫", lifted.lift.reason);
    assertEquals(Integer.valueOf(1), lifted.lift.topicVersion);
    // rule: S3 — an exception granted for an earlier form no longer holds after an edit
    RuleOverride stale = lift(Clause.S3);
    stale.inForce = false;
    assertEquals(
        Verdict.NOT_MET,
        SubmittingVerdicts.consulted(EARLY, subject(dissent, TopicStatus.READY, stale)).verdict);
    TopicForm urgent = form();
    urgent.consultations = List.of();
    urgent.urgent = true;
    urgent.urgentReason = "暴雨致堤防险情，须立即除险";
    // rule: S3 — a declared emergency counts only once the mayor confirms it
    assertEquals(
        Verdict.NOT_MET,
        SubmittingVerdicts.consulted(EARLY, subject(urgent, TopicStatus.READY)).verdict);
    ClauseCheck confirmed =
        SubmittingVerdicts.consulted(EARLY, subject(urgent, TopicStatus.READY, lift(Clause.S3)));
    assertEquals(Verdict.LIFTED, confirmed.verdict);
    assertTrue(confirmed.reason, confirmed.reason.contains("暴雨致堤防险情"));
    // and then dissent is exempt too
    urgent.consultations = List.of(no);
    assertEquals(
        Verdict.LIFTED,
        SubmittingVerdicts.consulted(EARLY, subject(urgent, TopicStatus.READY, lift(Clause.S3)))
            .verdict);
  }

  @Test
  public void s1RaisedByTheDepartmentOrLifted() {
    assertEquals(
        Verdict.MET,
        SubmittingVerdicts.raisedBy(EARLY, subject(form(), TopicStatus.READY)).verdict);
    IntakeVerdicts.Subject other = subject(form(), TopicStatus.READY);
    IntakeVerdicts.Subject byOffice =
        new IntakeVerdicts.Subject(other.topic(), other.events(), SUBMITTED, "OFFICE");
    assertEquals(Verdict.NOT_MET, SubmittingVerdicts.raisedBy(EARLY, byOffice).verdict);
    IntakeVerdicts.Subject lifted = subject(form(), TopicStatus.READY, lift(Clause.S1));
    IntakeVerdicts.Subject liftedByOffice =
        new IntakeVerdicts.Subject(lifted.topic(), lifted.events(), SUBMITTED, "OFFICE");
    assertEquals(Verdict.LIFTED, SubmittingVerdicts.raisedBy(EARLY, liftedByOffice).verdict);
  }

  // rule: S4 — ended before the day of submission, outcome recorded
  @Test
  public void s4OnlyANormativeDocumentAndOnlyAFinishedConsultation() {
    assertEquals(
        Verdict.NOT_APPLICABLE,
        SubmittingVerdicts.publicConsultation(EARLY, subject(form(), TopicStatus.READY)).verdict);
    TopicForm doc = form();
    doc.normativeDocument = true;
    doc.publicConsultation = new PublicConsultation();
    doc.publicConsultation.from = SUBMITTED.minusDays(40);
    doc.publicConsultation.to = SUBMITTED.plusDays(3);
    doc.publicConsultation.channel = "区政府网站";
    doc.publicConsultation.handling = "采纳3条";
    assertEquals(
        Verdict.NOT_MET,
        SubmittingVerdicts.publicConsultation(EARLY, subject(doc, TopicStatus.IN_REVIEW)).verdict);
    doc.publicConsultation.to = SUBMITTED.minusDays(10);
    ClauseCheck done =
        SubmittingVerdicts.publicConsultation(EARLY, subject(doc, TopicStatus.READY));
    assertEquals(Verdict.MET, done.verdict);
    assertTrue(done.evidence.get(0).what.contains("采纳3条"));
  }

  @Test
  public void s6ThePartyCommitteesRemitNeedsThePreReport() {
    assertEquals(
        Verdict.NOT_APPLICABLE,
        SubmittingVerdicts.preReported(EARLY, subject(form(), TopicStatus.READY)).verdict);
    TopicForm t7 = form();
    t7.category = Category.PARTY_COMMITTEE_OR_CONGRESS;
    assertEquals(
        Verdict.NOT_MET,
        SubmittingVerdicts.preReported(EARLY, subject(t7, TopicStatus.READY)).verdict);
    t7.partyPreReport = new PartyPreReport();
    t7.partyPreReport.reportedBy = "zhao.min";
    t7.partyPreReport.reportedOn = SUBMITTED.minusDays(2);
    t7.partyPreReport.result = "同意提交";
    assertEquals(
        Verdict.MET, SubmittingVerdicts.preReported(EARLY, subject(t7, TopicStatus.READY)).verdict);
  }

  @Test
  public void s8SettledKeptByTheMayorOrRaised() {
    assertEquals(
        Verdict.MET, SubmittingVerdicts.settled(subject(form(), TopicStatus.SETTLED)).verdict);
    ClauseCheck kept =
        SubmittingVerdicts.settled(subject(form(), TopicStatus.READY, lift(Clause.S8)));
    assertEquals(Verdict.LIFTED, kept.verdict);
    assertNull(SubmittingVerdicts.settled(subject(form(), TopicStatus.READY)).lift);
  }

  @Test
  public void p1ToP3TheMaterials() {
    ComplianceScope s = EARLY;
    assertEquals(
        Verdict.MET, IntakeVerdicts.materials(s, subject(form(), TopicStatus.READY)).verdict);
    TopicForm noOpinion = form();
    noOpinion.implementationOpinion = null;
    assertEquals(
        Verdict.NOT_MET,
        IntakeVerdicts.materials(s, subject(noOpinion, TopicStatus.READY)).verdict);
    assertEquals(
        Verdict.NOT_APPLICABLE,
        IntakeVerdicts.interpretation(s, subject(form(), TopicStatus.READY)).verdict);
    TopicForm doc = form();
    doc.normativeDocument = true;
    assertEquals(
        Verdict.NOT_MET, IntakeVerdicts.interpretation(s, subject(doc, TopicStatus.READY)).verdict);
    doc.interpretation = new Interpretation();
    doc.interpretation.background = "a";
    doc.interpretation.basis = "b";
    doc.interpretation.unitsConcerned = "c";
    doc.interpretation.beneficiaries = "d";
    doc.interpretation.content = "e";
    doc.interpretation.benefitChannels = "f";
    doc.interpretation.procedure = "g";
    assertEquals(
        Verdict.MET, IntakeVerdicts.interpretation(s, subject(doc, TopicStatus.READY)).verdict);
    assertEquals(
        Verdict.MET, IntakeVerdicts.explanation(s, subject(form(), TopicStatus.READY)).verdict);
    TopicForm longer = form();
    longer.explanation.content = "字".repeat(2000);
    assertEquals(
        Verdict.NOT_MET, IntakeVerdicts.explanation(s, subject(longer, TopicStatus.READY)).verdict);
  }

  @Test
  public void i2ARevisionNamesTheDecisionItRevises() {
    assertEquals(
        Verdict.NOT_APPLICABLE, IntakeVerdicts.revises(subject(form(), TopicStatus.READY)).verdict);
    TopicForm f = form();
    f.revisesMeetingId = 3L;
    f.revisesTopicId = 2L;
    ClauseCheck c = IntakeVerdicts.revises(subject(f, TopicStatus.READY));
    assertEquals(Verdict.MET, c.verdict);
    assertEquals("/api/deliberations/3/2", c.evidence.get(0).link);
  }
}

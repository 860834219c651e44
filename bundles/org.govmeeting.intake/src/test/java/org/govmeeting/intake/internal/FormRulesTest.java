package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.Explanation;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.PolicyDocumentKind;
import org.govmeeting.api.topic.PublicConsultation;
import org.govmeeting.api.topic.TopicForm;
import org.junit.Test;

public class FormRulesTest {
  private static final Set<String> UNITS = Set.of("EDUCATION", "FINANCE", "HEALTH");

  /** The district's date of the submission. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static TopicForm complete() {
    TopicForm f = new TopicForm();
    f.name = "关于学前教育补助资金的议题";
    f.reporterId = "luo.ping";
    f.leadUnitId = "EDUCATION";
    f.category = Category.MAJOR_MATTER;
    f.implementationOpinion = "实施意见";
    f.explanation = new Explanation();
    f.explanation.background = "背景";
    f.explanation.process = "过程";
    f.explanation.content = "内容";
    f.explanation.questions = "问题";
    f.consultations = new ArrayList<>();
    return f;
  }

  private static ValidationException refused(TopicForm f, Set<MaterialFile.Kind> files) {
    try {
      FormRules.submission(f, files, UNITS, TODAY);
    } catch (ValidationException e) {
      return e;
    }
    fail("accepted");
    return null;
  }

  private static ValidationException refused(TopicForm f) {
    return refused(f, EnumSet.noneOf(MaterialFile.Kind.class));
  }

  @Test
  public void aCompleteFormPasses() {
    FormRules.submission(complete(), EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
  }

  @Test
  public void formFieldsAreRequired_F1_F2_F3() {
    // rule: F1, F2, F3
    TopicForm f = complete();
    f.name = " ";
    assertEquals(Clause.F1, refused(f).clause().orElseThrow());
    f = complete();
    f.reporterId = null;
    assertEquals(Clause.F2, refused(f).clause().orElseThrow());
    f = complete();
    f.attendingUnitIds = List.of("NOWHERE");
    ValidationException e = refused(f);
    assertEquals(Clause.F3, e.clause().orElseThrow());
    assertEquals("attendingUnitIds[0]", e.field());
  }

  @Test
  public void implementationOpinionAsTextOrFile_P1() {
    // rule: P1
    TopicForm f = complete();
    f.implementationOpinion = null;
    ValidationException e = refused(f);
    assertEquals(Clause.P1, e.clause().orElseThrow());
    assertEquals("implementationOpinion", e.field());
    FormRules.submission(f, EnumSet.of(MaterialFile.Kind.IMPLEMENTATION_OPINION), UNITS, TODAY);
  }

  @Test
  public void explanationHasFourParts_P3() {
    // rule: P3
    TopicForm f = complete();
    f.explanation.questions = "";
    ValidationException e = refused(f);
    assertEquals(Clause.P3, e.clause().orElseThrow());
    assertEquals("explanation.questions", e.field());
  }

  @Test
  public void explanationLimitCountsCharactersNotBytes_P3() {
    // rule: P3 — 2000 characters; 2000 Chinese characters are 6000 bytes in UTF-8 and still fit
    TopicForm f = complete();
    f.explanation.content = "议".repeat(2000 - 6);
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    f.explanation.content = "议".repeat(2000 - 5);
    ValidationException e = refused(f);
    assertEquals(Clause.P3, e.clause().orElseThrow());
    assertEquals("explanation", e.field());
    // A character outside the Basic Multilingual Plane is one character, not two.
    f.explanation.content = "𠀀".repeat(2000 - 6);
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
  }

  @Test
  public void interpretationNeedsAllSevenElements_P2() {
    // rule: P2
    TopicForm f = complete();
    f.needsInterpretation = true;
    assertEquals("interpretation", refused(f).field());
    f.interpretation = new Interpretation();
    f.interpretation.background = "b";
    f.interpretation.basis = "b";
    f.interpretation.unitsConcerned = "u";
    f.interpretation.beneficiaries = "b";
    f.interpretation.content = "c";
    f.interpretation.benefitChannels = "c";
    ValidationException e = refused(f);
    assertEquals(Clause.P2, e.clause().orElseThrow());
    assertEquals("interpretation.procedure", e.field());
    f.interpretation.procedure = "p";
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
  }

  private static Interpretation interpretation() {
    Interpretation i = new Interpretation();
    i.background = "背景缘由";
    i.basis = "政策依据";
    i.unitsConcerned = "涉及单位";
    i.beneficiaries = "受益群体";
    i.content = "主要内容";
    i.benefitChannels = "受益渠道";
    i.procedure = "操作程序";
    return i;
  }

  private static TopicForm normative() {
    TopicForm f = complete();
    f.category = Category.NORMATIVE_DOCUMENT;
    f.normativeDocument = true;
    f.interpretation = interpretation();
    f.publicConsultation = consultation(TODAY.minusDays(40), TODAY.minusDays(10));
    return f;
  }

  private static PublicConsultation consultation(LocalDate from, LocalDate to) {
    PublicConsultation pc = new PublicConsultation();
    pc.from = from;
    pc.to = to;
    pc.channel = "区政府门户网站";
    pc.comments = 12;
    pc.handling = "采纳8条，未采纳4条并说明理由";
    return pc;
  }

  @Test
  public void everyNormativeDocumentNeedsTheInterpretationWhateverTheFlagSays_P2() {
    // rule: P2 — 包括行政规范性文件: the flag cannot leave it off
    TopicForm f = normative();
    f.needsInterpretation = false;
    f.interpretation = null;
    ValidationException e = refused(f);
    assertEquals(Clause.P2, e.clause().orElseThrow());
    assertEquals("interpretation", e.field());
    assertTrue(e.getMessage(), e.getMessage().contains("normative"));
    f.interpretation = interpretation();
    f.interpretation.beneficiaries = " ";
    e = refused(f);
    assertEquals(Clause.P2, e.clause().orElseThrow());
    assertEquals("interpretation.beneficiaries", e.field());
    f.interpretation = interpretation();
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    assertTrue(FormRules.needsInterpretation(f));
  }

  @Test
  public void theFlagStillDecidesForOtherPolicies_P2() {
    // rule: P2 — important or other policy documents need it as the department judges
    TopicForm f = complete();
    f.category = Category.NORMATIVE_DOCUMENT;
    f.policyDocumentKind = PolicyDocumentKind.OTHER_POLICY_DOCUMENT;
    assertFalse(FormRules.needsInterpretation(f));
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    f.needsInterpretation = true;
    assertEquals(Clause.P2, refused(f).clause().orElseThrow());
  }

  @Test
  public void aRunningConsultationIsRefusedWithEveryProblemAtOnce_S4() {
    // rule: S4 — the consultation must have ended, its period and outcome recorded
    TopicForm f = normative();
    f.publicConsultation = consultation(TODAY.minusDays(7), TODAY.plusDays(21));
    f.publicConsultation.handling = null;
    ValidationException e = refused(f);
    assertEquals(Clause.S4, e.clause().orElseThrow());
    assertEquals("publicConsultation.to", e.field());
    assertTrue(e.getMessage(), e.getMessage().contains("runs until " + TODAY.plusDays(21)));
    assertTrue(e.getMessage(), fields(e).contains("publicConsultation.handling"));
    f.publicConsultation.handling = "尚未汇总";
    assertEquals("publicConsultation.to", refused(f).field());
    // the last day is still open to comments: ending today is not ended
    f.publicConsultation.to = TODAY;
    assertEquals("publicConsultation.to", refused(f).field());
    f.publicConsultation.to = TODAY.minusDays(1);
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    assertTrue(PublicConsultations.completed(f.publicConsultation, TODAY));
    assertFalse(PublicConsultations.completed(f.publicConsultation, TODAY.minusDays(1)));
  }

  @Test
  public void aConsultationWithoutItsOutcomeOrPeriodIsRefused_S4() {
    // rule: S4
    TopicForm f = normative();
    f.publicConsultation.handling = "";
    ValidationException e = refused(f);
    assertEquals(Clause.S4, e.clause().orElseThrow());
    assertEquals("publicConsultation.handling", e.field());
    assertFalse(PublicConsultations.completed(f.publicConsultation, TODAY));
    f = normative();
    f.publicConsultation.from = null;
    f.publicConsultation.channel = null;
    e = refused(f);
    assertEquals("publicConsultation.to", e.field());
    assertTrue(e.getMessage(), fields(e).contains("publicConsultation.channel"));
    assertFalse(PublicConsultations.completed(null, TODAY));
  }

  @Test
  public void anotherTopicsConsultationNeedNotHaveEnded_S4() {
    // rule: S4 applies to normative documents; another topic's running consultation is no bar
    TopicForm f = complete();
    f.publicConsultation = consultation(TODAY.minusDays(7), TODAY.plusDays(21));
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    assertFalse(PublicConsultations.completed(f.publicConsultation, TODAY));
    f.publicConsultation.handling = null;
    assertEquals("publicConsultation.handling", refused(f).field());
  }

  @Test
  public void dissentMustCarryASolution_S3_F4() {
    // rule: S3, F4 — a disagreement is stated with a proposed solution or preferred opinion
    TopicForm f = complete();
    Consultation c = new Consultation();
    c.unitId = "FINANCE";
    c.answer = Consultation.Answer.DISAGREE;
    c.opinion = "资金来源不明";
    f.consultations.add(c);
    ValidationException e = refused(f);
    assertEquals(Clause.S3, e.clause().orElseThrow());
    assertEquals("consultations[0].solution", e.field());
    c.solution = "由区本级财政统筹";
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
  }

  @Test
  public void categoryIsRequired() {
    TopicForm f = complete();
    f.category = null;
    assertEquals("category", refused(f).field());
  }

  private static java.util.List<String> fields(ValidationException e) {
    return e.violations().stream().map(org.govmeeting.api.error.Violation::field).toList();
  }

  @Test
  public void everyProblemOfTheFormIsNamedAtOnceInChineseAndEnglish() {
    // rule: F1 F2 P1 P3 S3 — four things missing are four problems in one answer
    TopicForm f = new TopicForm();
    f.name = "关于城区供热管网改造的议题";
    f.category = org.govmeeting.api.topic.Category.MAJOR_MATTER;
    f.consultations = new java.util.ArrayList<>();
    org.govmeeting.api.topic.Consultation c = new org.govmeeting.api.topic.Consultation();
    c.unitId = "FINANCE";
    c.answer = org.govmeeting.api.topic.Consultation.Answer.DISAGREE;
    f.consultations.add(c);
    ValidationException e = refused(f);
    java.util.List<String> fields = fields(e);
    assertTrue(fields.toString(), fields.contains("reporterId"));
    assertTrue(fields.toString(), fields.contains("leadUnitId"));
    assertTrue(fields.toString(), fields.contains("implementationOpinion"));
    assertTrue(fields.toString(), fields.contains("explanation"));
    assertTrue(fields.toString(), fields.contains("consultations[0].opinion"));
    assertTrue(fields.toString(), fields.contains("consultations[0].solution"));
    org.govmeeting.api.error.Violation reporter = e.violations().get(fields.indexOf("reporterId"));
    assertEquals(Clause.F2, reporter.clause());
    assertEquals("汇报人为必填项", reporter.message(false));
    assertEquals("reporterId is required", reporter.message(true));
  }

  private static List<String> problems(ValidationException e) {
    List<String> out = new ArrayList<>();
    e.violations().forEach(x -> out.add(x.field() + ":" + x.clause()));
    return out;
  }

  @Test
  public void aT4TopicSaysWhetherItIsANormativeDocument_T4() {
    // rule: T4 — the category asks it; a box left off is no answer
    TopicForm f = complete();
    f.category = Category.NORMATIVE_DOCUMENT;
    assertTrue(
        problems(refused(f)).toString(), problems(refused(f)).contains("policyDocumentKind:T4"));
    f.policyDocumentKind = PolicyDocumentKind.OTHER_POLICY_DOCUMENT;
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    assertFalse(FormRules.normative(f));
    f.normativeDocument = true;
    assertTrue(
        problems(refused(f)).toString(), problems(refused(f)).contains("policyDocumentKind:T4"));
    // rule: S4, P2 — answered "normative", the interpretation and consultation follow
    f.normativeDocument = false;
    f.policyDocumentKind = PolicyDocumentKind.NORMATIVE_DOCUMENT;
    assertTrue(FormRules.normative(f));
    assertTrue(FormRules.needsInterpretation(f));
    assertTrue(problems(refused(f)).toString(), problems(refused(f)).contains("interpretation:P2"));
    // a normative document filed under another category is refused, naming the category
    TopicForm elsewhere = normative();
    elsewhere.category = Category.MAJOR_MATTER;
    assertEquals(List.of("category:T4"), problems(refused(elsewhere)));
  }

  @Test
  public void anEmergencySaysWhyAndNeedsNoSolutionToDissent_S3() {
    // rule: S3 — 突发事件等紧急事项: declared with a reason, exempt from agreement
    TopicForm f = complete();
    f.urgent = true;
    Consultation no = new Consultation();
    no.unitId = "FINANCE";
    no.answer = Consultation.Answer.DISAGREE;
    no.opinion = "资金来源未落实";
    f.consultations.add(no);
    assertEquals(List.of("urgentReason:S3"), problems(refused(f)));
    f.urgentReason = "汛期临近，堤防除险加固须立即实施";
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY);
    f.urgent = false;
    assertEquals(List.of("consultations[0].solution:S3"), problems(refused(f)));
  }

  @Test
  public void t7AndF9PutATopicInThePartyCommitteesRemit_S6() {
    // rule: S6 — the category and F9 decide, not the remit checkbox alone
    TopicForm f = complete();
    assertFalse(FormRules.partyCommitteeRemit(f));
    f.toPartyCommittee = true;
    assertTrue(FormRules.partyCommitteeRemit(f));
    f.toPartyCommittee = false;
    f.category = Category.PARTY_COMMITTEE_OR_CONGRESS;
    assertTrue(FormRules.partyCommitteeRemit(f));
  }
}

package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Consultation;
import org.govmeeting.api.topic.Explanation;
import org.govmeeting.api.topic.Interpretation;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.PartyPreReport;
import org.govmeeting.api.topic.PublicConsultation;
import org.govmeeting.api.topic.TopicForm;
import org.junit.Test;

/**
 * Each check of the topic form on its own, by the clause that names it: exactly the problem the
 * check exists for is reported, and nothing on a form that meets it.
 */
public class FormClausesTest {
  private static final Set<String> UNITS = Set.of("EDUCATION", "FINANCE", "HEALTH");
  private static final LocalDate TODAY = FormRulesTest.TODAY;

  /** Every problem of a submission as field:clause, in the order of the form. */
  private static List<String> problems(TopicForm f) {
    return FormRules.problems(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS, TODAY)
        .list()
        .stream()
        .map(v -> v.field() + ":" + v.clause())
        .collect(Collectors.toList());
  }

  private static Consultation consultation(String unit, Consultation.Answer answer) {
    Consultation c = new Consultation();
    c.unitId = unit;
    c.answer = answer;
    return c;
  }

  private static PublicConsultation ended() {
    PublicConsultation pc = new PublicConsultation();
    pc.from = TODAY.minusDays(40);
    pc.to = TODAY.minusDays(10);
    pc.channel = "区政府门户网站";
    pc.handling = "采纳3条";
    return pc;
  }

  private static Interpretation interpretation() {
    Interpretation i = new Interpretation();
    i.background = "背景";
    i.basis = "依据";
    i.unitsConcerned = "单位";
    i.beneficiaries = "群体";
    i.content = "内容";
    i.benefitChannels = "渠道";
    i.procedure = "程序";
    return i;
  }

  @Test
  public void aCompleteFormHasNoProblem() {
    assertEquals(List.of(), problems(FormRulesTest.complete()));
  }

  @Test
  public void aDraftWithoutAFormOrANameIsRefused_F1() {
    // rule: F1 — a draft needs at least its name and category
    try {
      FormRules.draft(null);
      fail("a draft without a form was filed");
    } catch (ValidationException e) {
      assertEquals("body", e.field());
    }
    TopicForm f = FormRulesTest.complete();
    f.name = null;
    try {
      FormRules.draft(f);
      fail("a draft without a name was filed");
    } catch (ValidationException e) {
      assertEquals("name", e.field());
      assertEquals(Clause.F1, e.clause().orElseThrow());
    }
    FormRules.draft(FormRulesTest.complete());
    assertEquals(List.of("body:null"), problems(null));
  }

  @Test
  public void theNameHasAtMost300Characters_F1() {
    // rule: F1 — the topic name, at most 300 characters
    TopicForm f = FormRulesTest.complete();
    f.name = "议".repeat(300);
    assertEquals(List.of(), problems(f));
    f.name = "议".repeat(301);
    assertEquals(List.of("name:F1"), problems(f));
    f.name = null;
    assertEquals(List.of("name:F1"), problems(f));
  }

  @Test
  public void anAttendingUnitMustExist_F3() {
    // rule: F3 — the attending units are units of the directory
    TopicForm f = FormRulesTest.complete();
    f.attendingUnitIds = List.of("FINANCE", "NOWHERE", "HEALTH");
    assertEquals(List.of("attendingUnitIds[1]:F3"), problems(f));
    f.attendingUnitIds = List.of("FINANCE");
    assertEquals(List.of(), problems(f));
  }

  @Test
  public void theExplanationIsCountedInCharactersAcrossItsFourParts_P3() {
    // rule: P3 — at most 2000 characters, a missing part counting none
    Explanation e = new Explanation();
    e.background = "背景𠀀";
    e.content = "内容";
    assertEquals(5, FormRules.length(e));
    TopicForm f = FormRulesTest.complete();
    f.explanation.background = "背".repeat(FormRules.EXPLANATION_LIMIT - 6);
    assertEquals(List.of(), problems(f));
    f.explanation.background += "背";
    assertEquals(List.of("explanation:P3"), problems(f));
  }

  @Test
  public void eachConsultedUnitExistsAndAnswers_S3() {
    // rule: S3 — every unit consulted is named, exists, and agrees or disagrees
    TopicForm f = FormRulesTest.complete();
    f.consultations =
        new ArrayList<>(
            Arrays.asList(
                null,
                consultation(" ", Consultation.Answer.AGREE),
                consultation("NOWHERE", Consultation.Answer.AGREE),
                consultation("FINANCE", null),
                consultation("HEALTH", Consultation.Answer.AGREE),
                consultation(null, Consultation.Answer.AGREE)));
    assertEquals(
        List.of(
            "consultations[0].unitId:S3",
            "consultations[1].unitId:S3",
            "consultations[2].unitId:S3",
            "consultations[3].answer:S3",
            "consultations[5].unitId:S3"),
        problems(f));
  }

  @Test
  public void aDisagreementStatesTheDissentAndASolution_S3() {
    // rule: S3 — 注明分歧意见，并提出解决方案或倾向性意见
    TopicForm f = FormRulesTest.complete();
    f.consultations = List.of(consultation("FINANCE", Consultation.Answer.DISAGREE));
    assertEquals(
        List.of("consultations[0].opinion:S3", "consultations[0].solution:S3"), problems(f));
    f.consultations.get(0).opinion = "资金来源不明确";
    f.consultations.get(0).solution = "由区财政统筹";
    assertEquals(List.of(), problems(f));
    f.consultations = null;
    assertEquals(List.of(), problems(f));
  }

  @Test
  public void aNormativeDocumentCarriesTheInterpretationWhateverTheFormSays_P2() {
    // rule: P2 — every administrative normative document, and a topic the department marks
    TopicForm normative = FormRulesTest.complete();
    normative.normativeDocument = true;
    normative.needsInterpretation = false;
    normative.publicConsultation = ended();
    Violation v =
        FormRules.problems(normative, Set.of(), UNITS, TODAY).list().stream()
            .filter(x -> x.field().equals("interpretation"))
            .findFirst()
            .orElseThrow();
    assertEquals(Clause.P2, v.clause());
    assertEquals("行政规范性文件须报送政策解读材料，包括七项解读重点", v.chinese());
    assertTrue(v.english().startsWith("an administrative normative document always carries"));
    TopicForm marked = FormRulesTest.complete();
    marked.needsInterpretation = true;
    v = FormRules.problems(marked, Set.of(), UNITS, TODAY).list().get(0);
    assertEquals("需进行政策解读的议题须报送政策解读材料，包括七项解读重点", v.chinese());
    assertEquals("a topic needing interpretation carries its seven elements", v.english());
    marked.interpretation = interpretation();
    assertEquals(List.of(), problems(marked));
    marked.interpretation.procedure = " ";
    assertEquals(List.of("interpretation.procedure:P2"), problems(marked));
    assertFalse(FormRules.needsInterpretation(FormRulesTest.complete()));
  }

  @Test
  public void aPartyPreReportNamesWhoReportedWhenAndTheResult_S6() {
    // rule: S6 — the report to the party committee's principal leader, recorded in full
    TopicForm f = FormRulesTest.complete();
    f.partyPreReport = new PartyPreReport();
    assertEquals(
        List.of(
            "partyPreReport.reportedBy:S6",
            "partyPreReport.reportedOn:S6",
            "partyPreReport.result:S6"),
        problems(f));
    f.partyPreReport.reportedBy = "zhao.min";
    f.partyPreReport.reportedOn = TODAY.minusDays(3);
    f.partyPreReport.result = "同意提交";
    assertEquals(List.of(), problems(f));
  }

  @Test
  public void aConsultationGivesItsPeriodFromBeforeTo_S4() {
    // rule: S4 — the period of the public consultation, from its first to its last day
    PublicConsultation pc = ended();
    pc.from = null;
    assertEquals(List.of("publicConsultation.to"), fields(pc));
    pc = ended();
    pc.to = null;
    assertEquals(List.of("publicConsultation.to"), fields(pc));
    pc = ended();
    pc.from = pc.to.plusDays(1);
    assertEquals(List.of("publicConsultation.to"), fields(pc));
    pc.from = pc.to;
    assertEquals(List.of(), fields(pc));
    assertTrue(PublicConsultations.completed(pc, TODAY));
    assertFalse(PublicConsultations.completed(null, TODAY));
  }

  @Test
  public void commentsAreCountedFromNone_S4() {
    // rule: S4 — no comments is a count; fewer than none is not
    PublicConsultation pc = ended();
    pc.comments = 0;
    assertEquals(List.of(), fields(pc));
    pc.comments = -1;
    assertEquals(List.of("publicConsultation.comments"), fields(pc));
  }

  private static List<String> fields(PublicConsultation pc) {
    return PublicConsultations.problems(pc, true, TODAY).stream()
        .peek(v -> assertEquals(Clause.S4, v.clause()))
        .map(Violation::field)
        .collect(Collectors.toList());
  }

  @Test
  public void thePolicyIsToldWhoWasConsultedWhetherAnyDisagreesAndTheReport_S3_S6() {
    // rule: S3, S6 — the facts the district's policy decides on, read off the form
    TopicRecord t = new TopicRecord();
    t.id = 7;
    t.leadUnitId = "EDUCATION";
    t.supervisorId = "zhao.min";
    TopicForm f = FormRulesTest.complete();
    f.consultations = null;
    TopicFacts none = PolicyFacts.of(t, f, Set.of(Clause.S3), TODAY);
    assertFalse(none.consulted);
    assertFalse(none.dissent);
    assertFalse(none.partyPreReported);
    assertEquals(Set.of(Clause.S3), none.overridden);
    assertEquals(7, none.topicId);
    f.consultations =
        new ArrayList<>(Arrays.asList(null, consultation("FINANCE", Consultation.Answer.AGREE)));
    f.partyPreReport = new PartyPreReport();
    TopicFacts agreed = PolicyFacts.of(t, f, Set.of(), TODAY);
    assertTrue(agreed.consulted);
    assertFalse(agreed.dissent);
    assertTrue(agreed.partyPreReported);
    f.consultations.add(consultation("HEALTH", Consultation.Answer.DISAGREE));
    assertTrue(PolicyFacts.of(t, f, Set.of(), TODAY).dissent);
  }

  @Test
  public void anEmergencyCountsOnlyOnceTheMayorConfirmedIt_S3() {
    // rule: S3 — 除突发事件等紧急事项外: the department's flag alone exempts nothing; the mayor's
    // confirmation (S3 lifted for the form) makes it urgent, and a confirmation without the flag
    // does not either
    TopicRecord t = new TopicRecord();
    t.id = 8;
    t.leadUnitId = "EDUCATION";
    t.supervisorId = "zhao.min";
    TopicForm f = FormRulesTest.complete();
    f.urgent = true;
    assertFalse(PolicyFacts.of(t, f, Set.of(), TODAY).urgent);
    assertTrue(PolicyFacts.of(t, f, Set.of(Clause.S3), TODAY).urgent);
    f.urgent = false;
    assertFalse(PolicyFacts.of(t, f, Set.of(Clause.S3), TODAY).urgent);
  }
}

package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

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
import org.govmeeting.api.topic.TopicForm;
import org.junit.Test;

public class FormRulesTest {
  private static final Set<String> UNITS = Set.of("EDUCATION", "FINANCE", "HEALTH");

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
      FormRules.submission(f, files, UNITS);
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
    FormRules.submission(complete(), EnumSet.noneOf(MaterialFile.Kind.class), UNITS);
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
    FormRules.submission(f, EnumSet.of(MaterialFile.Kind.IMPLEMENTATION_OPINION), UNITS);
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
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS);
    f.explanation.content = "议".repeat(2000 - 5);
    ValidationException e = refused(f);
    assertEquals(Clause.P3, e.clause().orElseThrow());
    assertEquals("explanation", e.field());
    // A character outside the Basic Multilingual Plane is one character, not two.
    f.explanation.content = "𠀀".repeat(2000 - 6);
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS);
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
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS);
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
    FormRules.submission(f, EnumSet.noneOf(MaterialFile.Kind.class), UNITS);
  }

  @Test
  public void categoryIsRequired() {
    TopicForm f = complete();
    f.category = null;
    assertEquals("category", refused(f).field());
  }
}

package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.StaleRevisionException;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

/**
 * Every kind of refusal the modules raise, as they raise it, answers in Chinese unless the caller's
 * first language is English: detail, title and the clause's text alike.
 */
public class BilingualProblemsTest {
  private static final List<Locale> NONE = List.of();
  private static final List<Locale> CHINESE = List.of(Locale.forLanguageTag("zh"));
  private static final List<Locale> ENGLISH = List.of(Locale.ENGLISH);
  private static final List<Locale> ZH_THEN_EN =
      List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH);
  private static final List<Locale> EN_US_THEN_ZH =
      List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("zh"));

  private final ProblemMapper mapper = new ProblemMapper();

  private String detail(DomainException e, List<Locale> languages) {
    String json = mapper.problem(e, languages).json();
    int at = json.indexOf("\"detail\":\"");
    assertTrue(json, at >= 0);
    return json.substring(at + 10, json.indexOf('"', at + 10));
  }

  private void speaksBoth(DomainException e, String chinese, String english) {
    for (List<Locale> zh : List.of(NONE, CHINESE, ZH_THEN_EN)) {
      assertEquals(zh.toString(), chinese, detail(e, zh));
    }
    for (List<Locale> en : List.of(ENGLISH, EN_US_THEN_ZH)) {
      assertEquals(en.toString(), english, detail(e, en));
    }
  }

  @Test
  public void aRecordNotFoundIsNamedInChineseOrEnglish() {
    speaksBoth(
        new NotFoundException("会议", "meeting", "44"), "会议“44”不存在", "meeting '44' does not exist");
    assertEquals(404, mapper.problem(new NotFoundException("会议", "meeting", "44")).status());
  }

  @Test
  public void aRefusalByAClauseCarriesTheClauseTextInTheSameLanguage() {
    // rule: M4 — the Office signs others in
    AccessDeniedException e =
        new AccessDeniedException(
            Clause.M4, "只有区政府办公室可以为他人办理签到", "only the Office signs others in");
    speaksBoth(e, "只有区政府办公室可以为他人办理签到", "only the Office signs others in");
    String zh = mapper.problem(e, NONE).json();
    assertTrue(zh, zh.contains("\"title\":\"无权进行此操作\""));
    assertTrue(zh, zh.contains("\"clauseText\":\"" + Clause.M4.original()));
    String en = mapper.problem(e, ENGLISH).json();
    assertTrue(en, en.contains("\"title\":\"Forbidden\""));
    assertTrue(en, en.contains("\"clauseText\":\"" + Clause.M4.reading()));
  }

  @Test
  public void conflictsValidationAndUnavailabilitySpeakBoth() {
    // rule: M3 — minutes are drafted after the meeting closes
    speaksBoth(
        new ConflictException(
            Clause.M3, "会议结束后方可起草会议纪要", "minutes are drafted after the meeting closes"),
        "会议结束后方可起草会议纪要",
        "minutes are drafted after the meeting closes");
    ValidationException missing = null;
    try {
      ValidationException.requireText("reason", " ", "撤回理由");
    } catch (ValidationException e) {
      missing = e;
    }
    speaksBoth(missing, "请填写撤回理由", "reason is required");
    assertTrue(mapper.problem(missing, NONE).json().contains("\"message\":\"请填写撤回理由\""));
    speaksBoth(
        new UnavailableException("本区的审核规则尚未安装", "no policy is installed"),
        "本区的审核规则尚未安装",
        "no policy is installed");
  }

  @Test
  public void aStaleEditIs412InEitherLanguage() {
    StaleRevisionException e =
        new StaleRevisionException("请重新读取后再编辑", "read it again before editing");
    speaksBoth(e, "请重新读取后再编辑", "read it again before editing");
    assertEquals(412, mapper.problem(e, NONE).status());
    assertTrue(mapper.problem(e, NONE).json().contains("\"title\":\"记录已被他人修改\""));
    assertTrue(mapper.problem(e, ENGLISH).json().contains("\"title\":\"Precondition Failed\""));
  }

  @Test
  public void theRuntimesOwnRefusalsSpeakBothToo() throws Exception {
    String zh = mapper.problem(new javax.ws.rs.NotFoundException(), NONE).json();
    assertTrue(zh, zh.contains("\"title\":\"未找到\"") && zh.contains("\"detail\":\"没有这个资源。\""));
    assertTrue(zh, zh.contains("urn:govmeeting:problem:not-found"));
    String en = mapper.problem(new javax.ws.rs.NotFoundException(), ENGLISH).json();
    assertTrue(
        en, en.contains("\"title\":\"Not Found\"") && en.contains("There is no such resource."));
    Exception unknown = null;
    try {
      JsonProvider.mapper().readValue("{\"nmae\":\"x\"}", org.govmeeting.api.topic.TopicForm.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      unknown = e;
    }
    String field = mapper.problem(unknown, NONE).json();
    assertTrue(field, field.contains("\"detail\":\"没有名为“nmae”的字段。\""));
    assertTrue(field, field.contains("\"field\":\"nmae\""));
    assertTrue(
        mapper.problem(unknown, ENGLISH).json().contains("\"detail\":\"Unknown field 'nmae'.\""));
    String internal = mapper.problem(new IllegalStateException("boom"), NONE).json();
    assertTrue(internal, internal.contains("\"title\":\"系统内部错误\""));
    assertTrue(internal, !internal.contains("boom"));
    assertEquals(428, mapper.problem(new Params.PreconditionRequired(), NONE).status());
    assertTrue(mapper.problem(new Params.PreconditionRequired(), NONE).json().contains("If-Match"));
  }

  @Test
  public void anEnglishOnlyMessageStaysEnglish() {
    // Errors raised with one language only (an English log line) are shown as they are.
    assertEquals(
        "kind is required", detail(new ValidationException("kind", "kind is required"), NONE));
  }
}

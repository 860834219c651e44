package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.core.MediaType;
import org.junit.Test;

public class AccessRefusalsTest {
  private static final List<Locale> NONE = List.of();
  private static final List<Locale> ENGLISH = List.of(Locale.ENGLISH, Locale.CHINESE);

  @Test
  public void thePerimeterAnswersInChineseUnlessEnglishComesFirst() {
    assertEquals("需要登录", AccessRefusals.noCredentials(NONE).member("title"));
    assertEquals("用户名或密码错误。", AccessRefusals.wrongPassword(NONE).member("detail"));
    assertEquals(
        "The user name or password is wrong.",
        AccessRefusals.wrongPassword(ENGLISH).member("detail"));
    assertEquals("无权访问", AccessRefusals.notInDirectory(NONE, "x.y").member("title"));
    assertTrue(
        ((String) AccessRefusals.notInDirectory(NONE, "x.y").member("detail")).contains("“x.y”"));
    assertEquals(
        "Authentication required",
        AccessRefusals.noCredentials(List.of(Locale.forLanguageTag("en-GB"))).member("title"));
  }

  @Test
  public void aRealmThatCannotAnswerIsA503ToRetry() {
    Problem p = AccessRefusals.loginUnavailable(NONE);
    assertEquals(503, p.status());
    assertEquals("暂时无法验证登录", p.member("title"));
    assertEquals(
        "Logins cannot be checked", AccessRefusals.loginUnavailable(ENGLISH).member("title"));
    assertEquals("5", p.toResponse().getHeaderString("Retry-After"));
  }

  @Test
  public void aLockedOutCallerIsToldHowLongInWholeSeconds() {
    Problem p = AccessRefusals.lockedOut(NONE, Duration.ofMillis(1500));
    assertEquals(429, p.status());
    assertEquals(
        "请 2 秒后再试。",
        ((String) p.member("detail")).substring(((String) p.member("detail")).indexOf("请 ")));
  }

  @Test
  public void crossSiteAndCharsetRefusalsSayWhyInTheCallersLanguage() {
    SameOrigin check = new SameOrigin(java.util.Set.of());
    String[] why =
        check.refusal(
            "POST",
            MediaType.APPLICATION_JSON_TYPE,
            "x",
            "https://evil.example",
            java.net.URI.create("http://localhost:8181/api/"));
    assertTrue(
        ((String) AccessRefusals.crossSite(NONE, why).member("detail"))
            .startsWith("来源“https://evil.example”"));
    assertTrue(
        ((String) AccessRefusals.crossSite(ENGLISH, why).member("detail"))
            .startsWith("Origin 'https://evil"));
    String[] charset = ApiGate.charsetProblem("application/json; charset=bogus");
    assertEquals(
        "未知字符集“bogus”，请使用 UTF-8。", AccessRefusals.badCharset(NONE, charset).member("detail"));
    assertEquals(
        "The charset 'bogus' is not known; send UTF-8.",
        AccessRefusals.badCharset(ENGLISH, charset).member("detail"));
  }
}

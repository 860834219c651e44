package org.govmeeting.rest.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What the perimeter answers before any module is reached (no credentials, a wrong password, a
 * locked account, a login realm that cannot answer, a cross-site call, an account outside the
 * directory, an unreadable charset), in Chinese unless the caller reads English first: the portal
 * shows these texts to staff as they are.
 */
final class AccessRefusals {
  private AccessRefusals() {}

  /** One problem in the caller's language: each text given in Chinese, then English. */
  private static Problem of(
      List<Locale> languages,
      int status,
      String kind,
      String titleZh,
      String titleEn,
      String detailZh,
      String detailEn) {
    boolean en = Outage.english(languages);
    return new Problem(status, kind, en ? titleEn : titleZh, en ? detailEn : detailZh);
  }

  static Problem noCredentials(List<Locale> languages) {
    return of(
        languages,
        401,
        "unauthenticated",
        "需要登录",
        "Authentication required",
        "请以 HTTP Basic 认证方式提供用户名和密码。",
        "Send a user name and password with HTTP Basic authentication.");
  }

  static Problem wrongPassword(List<Locale> languages) {
    return of(
        languages,
        401,
        "unauthenticated",
        "需要登录",
        "Authentication required",
        "用户名或密码错误。",
        "The user name or password is wrong.");
  }

  static Problem lockedOut(List<Locale> languages, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return of(
            languages,
            429,
            "locked-out",
            "登录失败次数过多",
            "Too many failed logins",
            "该账户或该地址输错密码次数过多，请 " + seconds + " 秒后再试。",
            "Too many wrong passwords for this account or from this address; try again in "
                + seconds
                + " s.")
        .header("Retry-After", String.valueOf(seconds));
  }

  /** {@code why} is {@link SameOrigin#refusal}'s answer: the Chinese text, then the English. */
  static Problem crossSite(List<Locale> languages, String[] why) {
    return of(languages, 403, "cross-site", "拒绝跨站请求", "Cross-site request refused", why[0], why[1]);
  }

  static Problem notInDirectory(List<Locale> languages, String account) {
    return of(
        languages,
        403,
        "forbidden",
        "无权访问",
        "Forbidden",
        "账户“" + account + "”不是本区名册中的人员，在平台中没有任何角色。",
        "Account '"
            + account
            + "' is not a person of the district directory and holds no role in the platform.");
  }

  /** {@code why} is {@link ApiGate#charsetProblem}'s answer: the Chinese text, then the English. */
  static Problem badCharset(List<Locale> languages, String[] why) {
    return of(languages, 400, "bad-charset", "字符集错误", "Bad charset", why[0], why[1]);
  }

  /**
   * While the login realm cannot check passwords: not registered (a realm file missing from
   * deploy/, a mistyped {@code realm}), or the portal's LDAP directory does not answer. A 503, so
   * that a client and a balancer retry, and no 401 that tells a person their password is wrong.
   */
  static Problem loginUnavailable(List<Locale> languages) {
    boolean en = Outage.english(languages);
    return new Problem(
            503,
            "login-unavailable",
            en ? "Logins cannot be checked" : "暂时无法验证登录",
            en
                ? "The login realm cannot check passwords now (the district's login directory"
                    + " does not answer, or the realm is not installed). Try again shortly; the"
                    + " administrator finds the cause in security.log."
                : "登录验证服务暂时不可用（统一身份认证目录无响应，或登录域未安装）。请稍后重试；管理员可在 security.log 中查看原因。")
        .header("Retry-After", "5");
  }
}

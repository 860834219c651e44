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

  static Problem noCredentials(List<Locale> languages) {
    boolean en = Outage.english(languages);
    return new Problem(
        401,
        "unauthenticated",
        en ? "Authentication required" : "需要登录",
        en
            ? "Send a user name and password with HTTP Basic authentication."
            : "请以 HTTP Basic 认证方式提供用户名和密码。");
  }

  static Problem wrongPassword(List<Locale> languages) {
    boolean en = Outage.english(languages);
    return new Problem(
        401,
        "unauthenticated",
        en ? "Authentication required" : "需要登录",
        en ? "The user name or password is wrong." : "用户名或密码错误。");
  }

  static Problem lockedOut(List<Locale> languages, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    boolean en = Outage.english(languages);
    return new Problem(
            429,
            "locked-out",
            en ? "Too many failed logins" : "登录失败次数过多",
            en
                ? "Too many wrong passwords for this account or from this address; try again in "
                    + seconds
                    + " s."
                : "该账户或该地址输错密码次数过多，请 " + seconds + " 秒后再试。")
        .header("Retry-After", String.valueOf(seconds));
  }

  /** {@code why} is {@link SameOrigin#refusal}'s answer: the Chinese text, then the English. */
  static Problem crossSite(List<Locale> languages, String[] why) {
    boolean en = Outage.english(languages);
    return new Problem(
        403, "cross-site", en ? "Cross-site request refused" : "拒绝跨站请求", en ? why[1] : why[0]);
  }

  static Problem notInDirectory(List<Locale> languages, String account) {
    boolean en = Outage.english(languages);
    return new Problem(
        403,
        "forbidden",
        en ? "Forbidden" : "无权访问",
        en
            ? "Account '"
                + account
                + "' is not a person of the district directory and holds no role in the platform."
            : "账户“" + account + "”不是本区名册中的人员，在平台中没有任何角色。");
  }

  /** {@code why} is {@link ApiGate#charsetProblem}'s answer: the Chinese text, then the English. */
  static Problem badCharset(List<Locale> languages, String[] why) {
    boolean en = Outage.english(languages);
    return new Problem(400, "bad-charset", en ? "Bad charset" : "字符集错误", en ? why[1] : why[0]);
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

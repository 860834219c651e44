package org.govmeeting.rest.internal;

import java.util.List;
import java.util.Locale;

/**
 * The answer while the login realm cannot check passwords: it is not registered (a realm file
 * missing from deploy/, a mistyped {@code realm}) or the portal's LDAP directory does not answer. A
 * 503, so that a client and a balancer retry, and no 401 that tells a person their password is
 * wrong.
 */
final class LoginUnavailable {
  private LoginUnavailable() {}

  static Problem problem(List<Locale> languages) {
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

package org.govmeeting.directory.internal;

import java.util.Locale;
import org.govmeeting.api.error.ValidationException;

/**
 * A person's account in the district's login directory as the directory keeps it: trimmed and in
 * lower case, because LDAP compares uid, mail and employee numbers without regard to case, so
 * {@code Zhang.Wei} and {@code zhang.wei} are one account there and must be one here.
 */
final class Accounts {
  static final int MAX_LENGTH = 256;

  private Accounts() {}

  /** The account as stored, {@code null} for none; one with spaces or control characters fails. */
  static String normalise(String account) {
    if (account == null || account.isBlank()) {
      return null;
    }
    String a = account.trim().toLowerCase(Locale.ROOT);
    if (a.length() > MAX_LENGTH || !a.codePoints().allMatch(Accounts::allowed)) {
      throw new ValidationException(
          "account",
          "统一认证账号须为1至" + MAX_LENGTH + "个字符，不含空格或控制字符",
          "account must be 1-" + MAX_LENGTH + " characters without spaces or control characters");
    }
    return a;
  }

  private static boolean allowed(int c) {
    return !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c);
  }
}

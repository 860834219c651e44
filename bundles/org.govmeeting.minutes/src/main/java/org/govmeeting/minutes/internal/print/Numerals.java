package org.govmeeting.minutes.internal.print;

/** Chinese numerals for the first level of numbered items (一、二、… 二十一、…). */
public final class Numerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  public static String chinese(int n) {
    if (n <= 0) {
      return String.valueOf(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 100) {
      String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
      return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    return String.valueOf(n);
  }
}

package org.govmeeting.rest.internal;

/** What the platform accepts as text in a request. */
final class Text {
  private Text() {}

  /** Why the text is refused, or {@code null} if it is acceptable. */
  static String problem(String text) {
    String[] why = refusal(text);
    return why == null ? null : why[1];
  }

  /** Why the text is refused, in Chinese and in English, or {@code null} if it is acceptable. */
  static String[] refusal(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String code = "U+" + String.format("%04X", (int) c);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
        return new String[] {"含有控制字符" + code, "contains the control character " + code};
      }
      if (invisible(c)) {
        return new String[] {"含有不可见字符" + code, "contains the invisible character " + code};
      }
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        return new String[] {"含有文字方向控制符" + code, "contains the text-direction control " + code};
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return BROKEN_PAIR;
      }
      if (Character.isLowSurrogate(c)) {
        return BROKEN_PAIR;
      }
    }
    return null;
  }

  private static final String[] BROKEN_PAIR = {"含有不完整的代理对字符", "contains a broken surrogate pair"};

  /**
   * Characters that show nothing yet make two names differ or hide what a name says: zero width
   * space, the direction marks, word joiner, byte order mark. The zero width (non-)joiners stay:
   * emoji sequences and several scripts need them.
   */
  static boolean invisible(char c) {
    return c == '\u200B'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u061C'
        || c == '\u180E';
  }
}

package org.govmeeting.rest.internal;

/** What the platform accepts as text in a request. */
final class Text {
  private Text() {}

  /** Why the text is refused, or {@code null} if it is acceptable. */
  static String problem(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
        return "contains the control character U+" + String.format("%04X", (int) c);
      }
      if (invisible(c)) {
        return "contains the invisible character U+" + String.format("%04X", (int) c);
      }
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        return "contains the text-direction control U+" + String.format("%04X", (int) c);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "contains a broken surrogate pair";
      }
      if (Character.isLowSurrogate(c)) {
        return "contains a broken surrogate pair";
      }
    }
    return null;
  }

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

package org.govmeeting.minutes.internal.print;

import java.text.Bidi;

/**
 * What of a user's text reaches the page, and in which order. Control and format characters (NUL,
 * direction overrides, zero-width joiners, the byte-order mark, soft hyphens) and variation
 * selectors print nothing, as Unicode has them ignored by default; a tab is a space. Right-to-left
 * runs are put in visual order per line (the Unicode bidirectional algorithm of the JDK).
 */
final class Glyphs {
  private Glyphs() {}

  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t' || cp == 0x2028 || cp == 0x2029) {
        out.append(' ');
      } else if (!ignored(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean ignored(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** One line in the order it is drawn, left to right. */
  static String visual(String line) {
    char[] chars = line.toCharArray();
    if (!Bidi.requiresBidi(chars, 0, chars.length)) {
      return line;
    }
    Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    String[] texts = new String[runs];
    for (int r = 0; r < runs; r++) {
      levels[r] = (byte) bidi.getRunLevel(r);
      String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
      texts[r] = (levels[r] & 1) == 1 ? reversed(run) : run;
    }
    Bidi.reorderVisually(levels, 0, texts, 0, runs);
    return String.join("", texts);
  }

  /** A right-to-left run drawn left to right: code points reversed, brackets mirrored. */
  private static String reversed(String run) {
    int[] cps = run.codePoints().toArray();
    StringBuilder out = new StringBuilder(run.length());
    for (int i = cps.length - 1; i >= 0; i--) {
      out.appendCodePoint(mirror(cps[i]));
    }
    return out.toString();
  }

  private static int mirror(int cp) {
    String pairs = "()[]{}<>«»（）《》〈〉【】「」『』";
    int at = pairs.indexOf(cp);
    if (at < 0 || cp > 0xFFFF) {
      return cp;
    }
    return pairs.charAt(at % 2 == 0 ? at + 1 : at - 1);
  }
}

package org.govmeeting.minutes.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines. Chinese breaks between any two characters, except that dates,
 * document numbers and numbers with their unit stay whole, as do Latin words and figures
 * (2027-06-30, 09:30, 3.5%); a closing mark never starts a line and an opening mark never ends one.
 * Only a run longer than a whole line is cut.
 */
final class Breaker {
  private Breaker() {}

  /** Runs that are never broken, tried before the rules for single characters. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "\\d{1,4}年\\d{1,2}月\\d{1,2}日"
              + "|\\d{1,4}年\\d{1,2}月"
              + "|\\d{1,2}月\\d{1,2}日"
              + "|〔\\d{4}〕\\d+号"
              + "|第\\d+[次号期项条款]"
              + "|\\d+(?:[.:：]\\d+)*(?:年|月|日|时|分|分钟|小时|天|个|项|人|次|元|万元|亿元|%|％)?");

  private static final String NO_START = "，。、；：？！）》」』】〉〕”’…—·%‰℃,.;:?!)]}";
  private static final String NO_END = "（《「『【〈〔“‘([{";
  private static final String JOINERS = ".,:/%-_@#+~=&?'’·";

  /** The unbreakable units of a paragraph, in order; a space is a unit of its own. */
  static List<String> units(String text) {
    List<String> raw = new ArrayList<>();
    Matcher m = WHOLE.matcher(text);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if ((Character.isDigit(cp) || cp == '〔' || cp == '第')
          && m.region(i, text.length()).lookingAt()
          && m.end() > i) {
        // 2027-06-30 and 09:30 are words too: the longer reading wins.
        int end = Math.max(m.end(), wordChar(cp) ? wordEnd(text, i) : i);
        raw.add(text.substring(i, end));
        i = end;
      } else if (wordChar(cp)) {
        int end = wordEnd(text, i);
        raw.add(text.substring(i, end));
        i = end;
      } else {
        int end = i + Character.charCount(cp);
        // A mark combines with what it follows.
        while (end < text.length() && isMark(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        raw.add(text.substring(i, end));
        i = end;
      }
    }
    return glue(raw);
  }

  private static boolean wordChar(int cp) {
    return (Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp) && !cjk(cp))
        || isMark(cp);
  }

  private static boolean cjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.BOPOMOFO;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (wordChar(cp)) {
        i = next;
      } else if (JOINERS.indexOf(cp) >= 0
          && next < text.length()
          && wordChar(text.codePointAt(next))) {
        i = next;
      } else {
        break;
      }
    }
    return i;
  }

  /** Closing marks join the unit before them, opening marks the unit after them. */
  private static List<String> glue(List<String> raw) {
    List<String> out = new ArrayList<>();
    StringBuilder opening = new StringBuilder();
    for (String u : raw) {
      if (u.length() == 1 && NO_END.indexOf(u.charAt(0)) >= 0) {
        opening.append(u);
        continue;
      }
      String unit = opening + u;
      opening.setLength(0);
      if (!out.isEmpty()
          && NO_START.indexOf(unit.codePointAt(0)) >= 0
          && !out.get(out.size() - 1).equals(" ")) {
        out.set(out.size() - 1, out.get(out.size() - 1) + unit);
      } else {
        out.add(unit);
      }
    }
    if (opening.length() > 0) {
      out.add(opening.toString());
    }
    return out;
  }

  /**
   * The lines of a paragraph: the first at most {@code first} wide, the others at most {@code
   * rest}.
   */
  static List<String> lines(
      String text, double first, double rest, ToDoubleFunction<String> width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double used = 0;
    double limit = first;
    for (String unit : units(text)) {
      if (unit.equals(" ") && line.length() == 0 && !lines.isEmpty()) {
        continue;
      }
      double w = width.applyAsDouble(unit);
      if (used + w <= limit + 0.01) {
        line.append(unit);
        used += w;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        used = 0;
        limit = rest;
        if (unit.equals(" ")) {
          continue;
        }
      }
      // A unit wider than a line is cut where the line ends.
      int i = 0;
      while (i < unit.length()) {
        int cp = unit.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        double cw = width.applyAsDouble(ch);
        if (used + cw > limit + 0.01 && line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
          limit = rest;
        }
        line.append(ch);
        used += cw;
        i += ch.length();
      }
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }
}

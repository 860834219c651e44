package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A face and its fallbacks: for each code point the first font of the chain that has a glyph for
 * it. A code point that no font has is printed as U+FFFD (the replacement character, from the first
 * font that has one) and named once per JVM in a warning, so a document never fails on what a user
 * typed. Fonts are parsed on first use (a text without emoji never opens the emoji font).
 */
public final class FontChain {
  /** Printed for a code point that no font of the chain has. */
  public static final int REPLACEMENT = 0xFFFD;

  /** Printed instead where no font of the chain has {@link #REPLACEMENT} either. */
  public static final int GETA = 0x3013;

  private static final Set<Integer> WARNED = ConcurrentHashMap.newKeySet();
  private static final int MAX_WARNINGS = 4096;

  private final FontShelf shelf;
  private final List<String> names;
  private final Consumer<String> warn;
  private final TrueTypeFont[] fonts;
  private final CmapLookup[] cmaps;
  private final boolean[] failed;

  public FontChain(FontShelf shelf, List<String> names, Consumer<String> warn) {
    this.shelf = shelf;
    this.names = List.copyOf(names);
    this.warn = warn;
    this.fonts = new TrueTypeFont[names.size()];
    this.cmaps = new CmapLookup[names.size()];
    this.failed = new boolean[names.size()];
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return names.size();
  }

  /** The font at a position of the chain, parsed on first use; null if it cannot be read. */
  public TrueTypeFont font(int index) {
    open(index);
    return fonts[index];
  }

  /** The position of the first font that has the code point, or -1. */
  public int faceOf(int codePoint) {
    for (int i = 0; i < names.size(); i++) {
      CmapLookup cmap = open(i);
      if (cmap != null && cmap.getGlyphId(codePoint) > 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The code point as it will be printed: itself where a font has it, else the replacement
   * character (warned once), else a question mark.
   */
  public int printable(int codePoint) {
    if (faceOf(codePoint) >= 0) {
      return codePoint;
    }
    if (WARNED.size() < MAX_WARNINGS && WARNED.add(codePoint)) {
      warn.accept(
          String.format(
              Locale.ROOT, "No font of %s has U+%04X; it is printed as U+FFFD", names, codePoint));
    }
    // Without a font that has U+FFFD (a build carrying Noto Sans SC alone), the geta mark 〓,
    // which Chinese typesetting has long printed for a character it lacks.
    if (faceOf(REPLACEMENT) >= 0) {
      return REPLACEMENT;
    }
    return faceOf(GETA) >= 0 ? GETA : '?';
  }

  private synchronized CmapLookup open(int i) {
    if (cmaps[i] != null || failed[i]) {
      return cmaps[i];
    }
    try {
      TrueTypeFont f = shelf.font(names.get(i));
      cmaps[i] = f.getUnicodeCmapLookup(false);
      fonts[i] = f;
    } catch (IOException | RuntimeException e) {
      failed[i] = true;
      warn.accept("Font " + names.get(i) + " cannot be read and is left out: " + e);
    }
    return cmaps[i];
  }

  /** The chain with another face in front (a heading face falls back on the body's chain). */
  public FontChain before(String first) {
    List<String> all = new ArrayList<>();
    all.add(first);
    for (String n : names) {
      if (!n.equals(first)) {
        all.add(n);
      }
    }
    return new FontChain(shelf, all, warn);
  }
}

package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * One face with its fallbacks in one document: measures text and draws it, switching fonts within a
 * line where the face lacks a character. Each font used is embedded as a subset of the glyphs
 * drawn.
 */
final class Ink {
  private final PDDocument doc;
  private final FontChain chain;
  private final boolean heavy;
  private final PDType0Font[] loaded;
  private final Map<Integer, Integer> faces = new HashMap<>();
  private final Map<Integer, Float> advances = new HashMap<>();

  /**
   * @param heavy drawn with a thin outline as well: the bold 小标宋 style from a regular Song face
   */
  Ink(PDDocument doc, FontChain chain, boolean heavy) {
    this.doc = doc;
    this.chain = chain;
    this.heavy = heavy;
    this.loaded = new PDType0Font[chain.size()];
  }

  /** The code point as printed and the chain position of its font. */
  private int face(int cp) {
    Integer f = faces.get(cp);
    if (f == null) {
      int shown = chain.printable(cp);
      f = shown == cp ? chain.faceOf(cp) : -1;
      faces.put(cp, f);
    }
    return f;
  }

  private int shown(int cp) {
    return face(cp) >= 0 ? cp : chain.printable(cp);
  }

  /** Width of a code point in thousandths of the size. */
  private float advance(int cp) {
    Float a = advances.get(cp);
    if (a == null) {
      int shown = shown(cp);
      int f = chain.faceOf(shown);
      a = 500f;
      if (f >= 0) {
        TrueTypeFont font = chain.font(f);
        try {
          CmapLookup cmap = font.getUnicodeCmapLookup(false);
          a = font.getAdvanceWidth(cmap.getGlyphId(shown)) * 1000f / font.getUnitsPerEm();
        } catch (IOException e) {
          a = 1000f;
        }
      }
      advances.put(cp, a);
    }
    return a;
  }

  float width(String s, float size, float tracking) {
    float w = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += advance(cp) * size / 1000f + tracking;
    }
    return w;
  }

  float width(int cp, float size, float tracking) {
    return advance(cp) * size / 1000f + tracking;
  }

  /** Draws a line of text (in logical order) with its left end of the baseline at (x, y). */
  void show(PDPageContentStream out, float x, float y, String text, float size, float tracking)
      throws IOException {
    String line = Glyphs.visual(text);
    out.beginText();
    out.setCharacterSpacing(tracking);
    // The text state outlives the text object: set both ways every time.
    out.setRenderingMode(heavy ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
    if (heavy) {
      out.setLineWidth(size * 0.035f);
    }
    out.newLineAtOffset(x, y);
    StringBuilder run = new StringBuilder();
    int runFace = -2;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      int shown = shown(cp);
      int f = chain.faceOf(shown);
      if (f < 0) {
        continue;
      }
      if (f != runFace && run.length() > 0) {
        emit(out, runFace, run, size);
      }
      runFace = f;
      run.appendCodePoint(shown);
    }
    if (run.length() > 0) {
      emit(out, runFace, run, size);
    }
    out.endText();
  }

  private void emit(PDPageContentStream out, int face, StringBuilder run, float size)
      throws IOException {
    if (loaded[face] == null) {
      loaded[face] = PDType0Font.load(doc, chain.font(face), true);
    }
    out.setFont(loaded[face], size);
    out.showText(run.toString());
    run.setLength(0);
  }
}

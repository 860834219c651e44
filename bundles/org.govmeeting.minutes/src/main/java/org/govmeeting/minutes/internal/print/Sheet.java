package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of one document on the grid of GB/T 9704-2012 §5.2: A4, a type area of 156 × 225 mm 37
 * mm below the top edge and 28 mm from the binding edge, 22 lines of 28 characters in 3号 (16 pt).
 * Text goes onto the grid a line at a time; a new page starts when the grid is full, with its
 * number "— n —" in 4号 below the type area, on the outer side (odd pages right, even left).
 */
final class Sheet {
  static final float MM = 72f / 25.4f;
  static final float PAGE_W = PDRectangle.A4.getWidth();
  static final float PAGE_H = PDRectangle.A4.getHeight();
  static final float LEFT = 28 * MM;
  static final float WIDTH = 156 * MM;
  static final float TOP = PAGE_H - 37 * MM;
  static final float HEIGHT = 225 * MM;
  static final float BOTTOM = TOP - HEIGHT;
  static final int LINES = 22;
  static final int CHARS = 28;
  static final float PITCH = HEIGHT / LINES;
  static final float CELL = WIDTH / CHARS;

  /** 二号, 三号, 四号 in points. */
  static final float SIZE_2 = 22f;

  static final float SIZE_3 = 16f;
  static final float SIZE_4 = 14f;

  /** Character spacing that puts 28 characters of 3号 in the type area's width. */
  static final float TRACK = CELL - SIZE_3;

  static final float[] RED = {0.86f, 0.05f, 0.05f};
  static final float[] BLACK = {0f, 0f, 0f};

  final PDDocument doc;
  final Ink body;
  final Ink hei;
  final Ink title;
  private PDPageContentStream out;
  private int pages;
  private int slot;

  Sheet(PDDocument doc, HouseStyle style) {
    this.doc = doc;
    this.body = new Ink(doc, style.body(), false);
    this.hei = new Ink(doc, style.hei(), false);
    this.title = new Ink(doc, style.title(), true);
  }

  PDPageContentStream out() throws IOException {
    if (out == null) {
      newPage();
    }
    return out;
  }

  int pages() {
    return pages;
  }

  /** The grid line the next text goes on, 0 to 21. */
  int slot() {
    return slot;
  }

  void slot(int s) {
    slot = s;
  }

  void newPage() throws IOException {
    if (out != null) {
      // Last on its page, so that text read out of the file follows the page's own order.
      pageNumber();
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    pages++;
    slot = 0;
  }

  /** Ends the last page; nothing is written after. */
  void close() throws IOException {
    out();
    pageNumber();
    out.close();
    out = null;
  }

  /** GB/T 9704 §7.5: "— 1 —" in 4号, its top 7 mm below the type area, one character in. */
  private void pageNumber() throws IOException {
    String n = "— " + pages + " —";
    float w = body.width(n, SIZE_4, 0);
    float x = pages % 2 == 1 ? LEFT + WIDTH - SIZE_4 - w : LEFT + SIZE_4;
    float y = BOTTOM - 7 * MM - SIZE_4 * 0.8f;
    color(BLACK);
    body.show(out, x, y, n, SIZE_4, 0);
  }

  /** The baseline of a grid line: text sits in the middle of its line. */
  static float baseline(int slot) {
    return TOP - slot * PITCH - PITCH / 2 - SIZE_3 * 0.36f;
  }

  /** The top edge of a grid line. */
  static float top(int slot) {
    return TOP - slot * PITCH;
  }

  /**
   * Moves down the grid; the next line drawn goes on a new page when this one is full (a page is
   * started only for something to put on it).
   */
  void advance(int lines) {
    slot += lines;
  }

  /** The page the next grid line goes on: a new one when this one is full. */
  PDPageContentStream at() throws IOException {
    if (out == null || slot >= LINES) {
      newPage();
    }
    return out;
  }

  /** Makes sure the next {@code lines} grid lines are on one page. */
  void keep(int lines) throws IOException {
    out();
    if (slot >= LINES || (slot + lines > LINES && slot > 0)) {
      newPage();
    }
  }

  void color(float[] rgb) throws IOException {
    out().setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    out.setStrokingColor(rgb[0], rgb[1], rgb[2]);
  }

  /**
   * A paragraph in 3号 on the grid: the first line indented {@code first} characters, the others
   * {@code rest}, within a column {@code from} characters in and {@code width} characters wide.
   */
  int paragraph(Ink ink, String text, int first, int rest) throws IOException {
    return column(ink, text, 0, CHARS, first, rest);
  }

  int column(Ink ink, String text, int from, int width, int first, int rest) throws IOException {
    List<String> lines = wrap(ink, text, width, first, rest);
    for (int i = 0; i < lines.size(); i++) {
      at();
      color(BLACK);
      int indent = from + (i == 0 ? first : rest);
      ink.show(out, LEFT + indent * CELL, baseline(slot), lines.get(i), SIZE_3, TRACK);
      advance(1);
    }
    return lines.size();
  }

  List<String> wrap(Ink ink, String text, int width, int first, int rest) {
    return Breaker.lines(
        Glyphs.clean(text),
        (width - first) * CELL,
        (width - rest) * CELL,
        s -> ink.width(s, SIZE_3, TRACK));
  }

  /**
   * A 黑体 label with its text after it, wrapped lines aligned with the text's first character (GB/T
   * 9704 §10.3 for 出席, 请假, 列席; also the rows of the 版记).
   */
  void labelled(String label, String text, int indent, float size, int right) throws IOException {
    String clean = Glyphs.clean(text);
    float track = size == SIZE_3 ? TRACK : 0;
    float cell = size == SIZE_3 ? CELL : size;
    float labelWidth = hei.width(label, size, track);
    float x0 = LEFT + indent * cell;
    float textX = x0 + labelWidth;
    float limit = LEFT + WIDTH - right * cell - textX;
    List<String> lines = Breaker.lines(clean, limit, limit, s -> body.width(s, size, track));
    for (int i = 0; i < lines.size(); i++) {
      at();
      color(BLACK);
      if (i == 0) {
        hei.show(out, x0, baseline(slot), label, size, track);
      }
      body.show(out, textX, baseline(slot), lines.get(i), size, track);
      advance(1);
    }
  }

  /** One line centred in the type area, at a baseline of its own. */
  void centred(Ink ink, String text, float size, float y) throws IOException {
    String clean = Glyphs.clean(text);
    float w = ink.width(clean, size, 0);
    ink.show(out(), LEFT + (WIDTH - w) / 2, y, clean, size, 0);
  }

  /** A line of text flush right, {@code right} characters from the type area's edge. */
  void flushRight(Ink ink, String text, float size, int right) throws IOException {
    String clean = Glyphs.clean(text);
    float track = size == SIZE_3 ? TRACK : 0;
    float cell = size == SIZE_3 ? CELL : size;
    float w = ink.width(clean, size, track);
    ink.show(at(), LEFT + WIDTH - right * cell - w, baseline(slot), clean, size, track);
  }

  /** A horizontal rule as wide as the type area. */
  void rule(float y, float thickness, float[] rgb) throws IOException {
    line(LEFT, y, LEFT + WIDTH, y, thickness, rgb);
  }

  void line(float x1, float y1, float x2, float y2, float thickness, float[] rgb)
      throws IOException {
    color(rgb);
    out.setLineWidth(thickness);
    out.moveTo(x1, y1);
    out.lineTo(x2, y2);
    out.stroke();
  }
}

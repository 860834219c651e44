package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The topic form as the Annex of the regulation prints it (附1 区政府常务会议议题填报表): "附1" at the top left,
 * the title centred, then a ruled table of two columns, the Annex's wording on the left and what
 * the record holds on the right; a row longer than the page goes on over the next.
 */
public final class TopicFormLayout {
  /** The left column's width in characters (of 28). */
  static final int LABEL = 11;

  private TopicFormLayout() {}

  public static byte[] render(TopicFormPrint f, HouseStyle style, ZoneId zone) throws IOException {
    synchronized (FontShelf.LOCK) {
      try (PDDocument doc = new PDDocument()) {
        Sheet sheet = new Sheet(doc, style);
        sheet.out();
        sheet.color(Sheet.BLACK);
        sheet.hei.show(sheet.out(), Sheet.LEFT, Sheet.baseline(0), "附1", Sheet.SIZE_3, 0);
        String title = "区政府常务会议议题填报表";
        sheet.centred(sheet.title, title, Sheet.SIZE_2, Sheet.baseline(1));
        float y = Sheet.top(2) - Sheet.PITCH / 3;
        for (TopicFormPrint.Row r : f.rows) {
          y = row(sheet, r, y);
        }
        sheet.color(Sheet.BLACK);
        String note = f.reference + "；记录摘要（SHA-256）：" + f.hash;
        for (String line :
            Breaker.lines(
                Glyphs.clean(note), Sheet.WIDTH, Sheet.WIDTH, s -> sheet.body.width(s, 9f, 0))) {
          if (y - 12 < Sheet.BOTTOM) {
            sheet.newPage();
            y = Sheet.TOP;
          }
          y -= 12;
          sheet.body.show(sheet.out(), Sheet.LEFT, y - 2, line, 9f, 0);
        }
        sheet.close();
        return PdfA.save(doc, title, f.reference, f.printedAt, zone);
      }
    }
  }

  /** The table is set in 4号 on lines of its own, closer than the text's grid. */
  static final float SIZE = Sheet.SIZE_4;

  static final float LEADING = 0.7f * Sheet.PITCH;

  /** Draws one row from the top edge {@code y}; returns the row's bottom edge. */
  private static float row(Sheet sheet, TopicFormPrint.Row r, float y) throws IOException {
    float labelWidth = LABEL * Sheet.CELL - SIZE;
    float valueWidth = Sheet.WIDTH - LABEL * Sheet.CELL - SIZE;
    List<String> left = wrap(sheet.hei, List.of(r.label), labelWidth);
    List<String> right = wrap(sheet.body, r.values.isEmpty() ? List.of("") : r.values, valueWidth);
    int lines = Math.max(left.size(), right.size());
    float height = lines * LEADING + LEADING / 4;
    if (y - height < Sheet.BOTTOM && height <= Sheet.HEIGHT && y < Sheet.TOP) {
      sheet.newPage();
      y = Sheet.TOP;
    }
    float top = y;
    y -= LEADING / 8;
    for (int k = 0; k < lines; k++) {
      if (y - LEADING < Sheet.BOTTOM) {
        borders(sheet, top, y);
        sheet.newPage();
        top = Sheet.TOP;
        y = Sheet.TOP;
      }
      float base = y - LEADING / 2 - SIZE * 0.36f;
      sheet.color(Sheet.BLACK);
      if (k < left.size()) {
        sheet.hei.show(sheet.out(), Sheet.LEFT + SIZE / 2, base, left.get(k), SIZE, 0);
      }
      if (k < right.size()) {
        sheet.body.show(
            sheet.out(), Sheet.LEFT + LABEL * Sheet.CELL + SIZE / 2, base, right.get(k), SIZE, 0);
      }
      y -= LEADING;
    }
    y -= LEADING / 8;
    borders(sheet, top, y);
    return y;
  }

  private static List<String> wrap(Ink ink, List<String> paragraphs, float width) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.addAll(Breaker.lines(Glyphs.clean(p), width, width, s -> ink.width(s, SIZE, 0)));
    }
    return out;
  }

  private static void borders(Sheet sheet, float top, float bottom) throws IOException {
    float w = 0.75f;
    float mid = Sheet.LEFT + LABEL * Sheet.CELL;
    float right = Sheet.LEFT + Sheet.WIDTH;
    sheet.line(Sheet.LEFT, top, right, top, w, Sheet.BLACK);
    sheet.line(Sheet.LEFT, bottom, right, bottom, w, Sheet.BLACK);
    sheet.line(Sheet.LEFT, top, Sheet.LEFT, bottom, w, Sheet.BLACK);
    sheet.line(mid, top, mid, bottom, w, Sheet.BLACK);
    sheet.line(right, top, right, bottom, w, Sheet.BLACK);
  }
}

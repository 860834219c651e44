package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The minutes as a 纪要 of GB/T 9704-2012 §10.3 on the general layout of §5 to §7: the red 纪要标志 35 mm
 * into the type area, the number under it and the red separator; the title; the text on the 22 × 28
 * grid with its items under 黑体 headings; 出席, 请假 and 列席 after the text, each a 黑体 label with the
 * names aligned after its colon; who signed and when; the 版记 with 抄送 and the 印发 line at the foot of
 * the last page.
 */
public final class MinutesLayout {
  /** The lines of the text that §10.3 places after the body, in the order it places them. */
  static final List<String> ATTENDANCE = List.of("出席：", "请假：", "列席：");

  private static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十百]+|\\d+)、.*");
  private static final Pattern MARKER = Pattern.compile("^〔/?限参会人员〕$");

  private MinutesLayout() {}

  public static byte[] render(MinutesPrint m, HouseStyle style, ZoneId zone) throws IOException {
    synchronized (FontShelf.LOCK) {
      try (PDDocument doc = new PDDocument()) {
        Sheet sheet = new Sheet(doc, style);
        List<String> lines =
            new ArrayList<>(java.util.Arrays.asList((m.text == null ? "" : m.text).split("\n")));
        String title = null;
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
          lines.remove(0);
        }
        if (!lines.isEmpty() && lines.get(0).strip().endsWith("纪要")) {
          title = lines.remove(0).strip();
        }
        Map<String, String> attendance = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        for (String line : lines) {
          String l = line.strip();
          String label = ATTENDANCE.stream().filter(l::startsWith).findFirst().orElse(null);
          if (label != null) {
            attendance.put(label, l.substring(label.length()));
          } else if (!l.isEmpty()) {
            body.add(l);
          }
        }
        int slot = head(sheet, style, m.documentNumber);
        sheet.slot(slot);
        if (title != null) {
          sheet.color(Sheet.BLACK);
          sheet.centred(sheet.title, title, Sheet.SIZE_2, Sheet.baseline(slot));
          sheet.advance(2);
        }
        for (String p : body) {
          if (HEADING.matcher(p).matches() || MARKER.matcher(p).matches()) {
            sheet.paragraph(sheet.hei, p, 2, 0);
          } else {
            sheet.paragraph(sheet.body, p, 2, 0);
          }
        }
        attendance(sheet, attendance);
        signature(sheet, m);
        record(sheet, style, m);
        sheet.close();
        return PdfA.save(doc, m.documentNumber, style.district() + "人民政府常务会议纪要", m.printedAt, zone);
      }
    }
  }

  /** The 版头; returns the grid line where the title goes. */
  private static int head(Sheet sheet, HouseStyle style, String number) throws IOException {
    String mark = style.district() + "人民政府常务会议纪要";
    float size = Math.min(36f, 0.96f * Sheet.WIDTH / sheet.title.width(mark, 1f, 0));
    // §10.3: the mark's top edge 35 mm below the type area's.
    float markBase = Sheet.TOP - 35 * Sheet.MM - 0.88f * size;
    sheet.color(Sheet.RED);
    sheet.centred(sheet.title, mark, size, markBase);
    // §7.2.4: the number two lines under the mark, centred; §7.2.5: the red rule 4 mm under it.
    float numberBase = markBase - 0.12f * size - 2 * Sheet.PITCH - Sheet.SIZE_3;
    sheet.color(Sheet.BLACK);
    sheet.centred(sheet.body, number == null ? "" : number, Sheet.SIZE_3, numberBase);
    float ruleY = numberBase - 0.2f * Sheet.SIZE_3 - 4 * Sheet.MM;
    sheet.rule(ruleY, 1.5f, Sheet.RED);
    // §7.3.1: the title two lines under the rule.
    int below = (int) Math.ceil((Sheet.TOP - ruleY) / Sheet.PITCH);
    return below + 1;
  }

  /** §10.3: a line's space under the text, then 出席, 请假, 列席, left two characters in. */
  private static void attendance(Sheet sheet, Map<String, String> lists) throws IOException {
    boolean first = true;
    for (String label : ATTENDANCE) {
      String names = lists.get(label);
      if (names == null || names.isBlank()) {
        continue;
      }
      if (first) {
        sheet.advance(1);
        first = false;
      }
      sheet.labelled(label, names, 2, Sheet.SIZE_3, 0);
    }
  }

  private static void signature(Sheet sheet, MinutesPrint m) throws IOException {
    sheet.advance(1);
    sheet.keep(3);
    sheet.color(Sheet.BLACK);
    if (m.signerName == null) {
      sheet.flushRight(sheet.hei, "（未签发）", Sheet.SIZE_3, 4);
      sheet.advance(1);
      return;
    }
    sheet.flushRight(sheet.body, "签发：" + m.signerName, Sheet.SIZE_3, 4);
    sheet.advance(1);
    sheet.flushRight(sheet.body, Dates.chinese(m.signedOn), Sheet.SIZE_3, 4);
    sheet.advance(1);
  }

  /**
   * §7.4 版记 at the foot of the last page: 抄送 and the 印发 line between rules as wide as the type
   * area, the outer ones heavier; the record's hash above it.
   */
  private static void record(Sheet sheet, HouseStyle style, MinutesPrint m) throws IOException {
    List<String> copies =
        m.copiesTo.isEmpty()
            ? List.of()
            : Breaker.lines(
                Glyphs.clean(String.join("，", m.copiesTo) + "。"),
                Sheet.WIDTH - 2 * Sheet.SIZE_4 - sheet.hei.width("抄送：", Sheet.SIZE_4, 0),
                Sheet.WIDTH - 2 * Sheet.SIZE_4 - sheet.hei.width("抄送：", Sheet.SIZE_4, 0),
                s -> sheet.body.width(s, Sheet.SIZE_4, 0));
    int rows = copies.size() + 1 + (m.hash == null ? 0 : 1);
    sheet.keep(rows + 1);
    int start = Sheet.LINES - rows;
    sheet.slot(start);
    if (m.hash != null) {
      sheet.color(Sheet.BLACK);
      sheet.body.show(sheet.out(), Sheet.LEFT, Sheet.baseline(start), "SHA-256：" + m.hash, 9f, 0);
      start++;
    }
    sheet.rule(Sheet.top(start), 0.35f * Sheet.MM, Sheet.BLACK);
    sheet.slot(start);
    if (!copies.isEmpty()) {
      sheet.labelled("抄送：", String.join("", copies), 1, Sheet.SIZE_4, 1);
      sheet.rule(Sheet.top(start + copies.size()), 0.25f * Sheet.MM, Sheet.BLACK);
    }
    int last = start + copies.size();
    sheet.slot(last);
    sheet.color(Sheet.BLACK);
    sheet.body.show(
        sheet.out(),
        Sheet.LEFT + Sheet.SIZE_4,
        Sheet.baseline(last),
        style.office(),
        Sheet.SIZE_4,
        0);
    String issued = m.issuedOn == null ? "（未印发）" : Dates.chinese(m.issuedOn) + "印发";
    sheet.flushRight(sheet.body, issued, Sheet.SIZE_4, 1);
    sheet.rule(Sheet.top(last + 1), 0.35f * Sheet.MM, Sheet.BLACK);
  }
}

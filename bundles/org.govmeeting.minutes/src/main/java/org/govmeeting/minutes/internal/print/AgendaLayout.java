package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The 会议议程 in the house style of the minutes: the title centred in 小标宋 style, time, place and
 * chair, then the items numbered 一、二、… in 黑体, the law study first (T1), each topic with its
 * reporter, lead and attending units and the time its report may take (D1).
 */
public final class AgendaLayout {
  private AgendaLayout() {}

  public static byte[] render(AgendaPrint a, HouseStyle style, ZoneId zone) throws IOException {
    synchronized (FontShelf.LOCK) {
      try (PDDocument doc = new PDDocument()) {
        Sheet sheet = new Sheet(doc, style);
        String title = style.district() + "人民政府第" + a.number + "次常务会议议程";
        sheet.out();
        sheet.color(Sheet.BLACK);
        sheet.centred(sheet.title, title, Sheet.SIZE_2, Sheet.baseline(1));
        sheet.slot(3);
        sheet.labelled("时间：", a.when, 2, Sheet.SIZE_3, 0);
        sheet.labelled("地点：", a.venue == null ? "" : a.venue, 2, Sheet.SIZE_3, 0);
        sheet.labelled("主持：", a.chair, 2, Sheet.SIZE_3, 0);
        sheet.advance(1);
        int n = 1;
        for (AgendaPrint.Item i : a.items) {
          String head = Numerals.chinese(n++) + "、" + (i.lawStudy ? "会前集体学法：" : "") + i.title;
          sheet.keep(2);
          sheet.paragraph(sheet.hei, head + (i.confidential ? "（保密）" : ""), 2, 0);
          if (i.lawStudy) {
            sheet.paragraph(sheet.body, "领学：" + i.reporter, 2, 0);
            continue;
          }
          String unit = i.leadUnit == null ? "" : "（" + i.leadUnit + "）";
          sheet.paragraph(sheet.body, "汇报：" + i.reporter + unit, 2, 0);
          if (!i.attendingUnits.isEmpty()) {
            sheet.paragraph(sheet.body, "列席单位：" + String.join("、", i.attendingUnits), 2, 0);
          }
          if (i.timeLimitMinutes > 0) {
            sheet.paragraph(sheet.body, "汇报时限：" + i.timeLimitMinutes + "分钟", 2, 0);
          }
        }
        if (!a.deferred.isEmpty()) {
          sheet.advance(1);
          sheet.paragraph(sheet.body, "顺延至下次会议的议题：" + String.join("；", a.deferred), 2, 0);
        }
        sheet.close();
        return PdfA.save(doc, title, "会议议程", a.printedAt, zone);
      }
    }
  }
}

package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The compliance report (合规审查报告) in the house style of the agenda: the title, when it was made and
 * at which stage of the meeting, the policy and the counts; then 一、the meeting's clauses and 二、三、…
 * each topic's, every clause a 黑体 line with its verdict, why, the mayor's exception and the records
 * it rests on.
 */
public final class ComplianceLayout {
  private ComplianceLayout() {}

  public static byte[] render(CompliancePrint r, HouseStyle style, ZoneId zone) throws IOException {
    synchronized (FontShelf.LOCK) {
      try (PDDocument doc = new PDDocument()) {
        Sheet sheet = new Sheet(doc, style);
        String title = style.district() + "人民政府第" + r.number + "次常务会议合规审查报告";
        sheet.out();
        sheet.color(Sheet.BLACK);
        sheet.centred(sheet.title, title, Sheet.SIZE_2, Sheet.baseline(1));
        sheet.slot(3);
        sheet.labelled("审查时间：", r.asOf, 2, Sheet.SIZE_3, 0);
        sheet.labelled("会议阶段：", r.phase, 2, Sheet.SIZE_3, 0);
        sheet.labelled("适用规则：", r.policy, 2, Sheet.SIZE_3, 0);
        sheet.labelled("审查结论：", r.counts, 2, Sheet.SIZE_3, 0);
        for (String m : r.notChecked) {
          sheet.labelled("未核查：", m, 2, Sheet.SIZE_3, 0);
        }
        sheet.advance(1);
        int n = 1;
        part(sheet, Numerals.chinese(n++) + "、会议", r.meeting);
        for (CompliancePrint.Part t : r.topics) {
          part(sheet, Numerals.chinese(n++) + "、议题：" + t.title, t.checks);
        }
        sheet.close();
        return PdfA.save(doc, title, "合规审查报告", r.printedAt, zone);
      }
    }
  }

  private static void part(Sheet sheet, String heading, java.util.List<CompliancePrint.Check> cs)
      throws IOException {
    sheet.keep(2);
    sheet.paragraph(sheet.hei, heading, 2, 0);
    for (CompliancePrint.Check c : cs) {
      sheet.keep(2);
      sheet.paragraph(sheet.hei, c.head, 2, 2);
      if (c.reason != null && !c.reason.isBlank()) {
        sheet.paragraph(sheet.body, c.reason, 4, 4);
      }
      if (c.lift != null) {
        sheet.labelled("例外：", c.lift, 4, Sheet.SIZE_4, 0);
      }
      for (String e : c.evidence) {
        sheet.labelled("依据：", e, 4, Sheet.SIZE_4, 0);
      }
    }
  }
}

package org.govmeeting.minutes.internal.print;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govmeeting.api.policy.PolicyDiff;
import org.govmeeting.api.rule.Clause;

/**
 * Where two policies disagree (审核规则比较), for a district's legal office, in the house style of the
 * compliance report: the two policies and when they were compared, then 一、the thresholds that
 * differ, 二、the standard scenarios they treat differently and 三、the district's own topics, each
 * case with what only one of the two would block (by clause) or ask to sign.
 */
public final class PolicyDiffLayout {
  private PolicyDiffLayout() {}

  public static byte[] render(PolicyDiff d, HouseStyle style, Instant at, ZoneId zone)
      throws IOException {
    synchronized (FontShelf.LOCK) {
      try (PDDocument doc = new PDDocument()) {
        Sheet sheet = new Sheet(doc, style);
        String title = style.district() + "人民政府审核规则比较";
        sheet.out();
        sheet.color(Sheet.BLACK);
        sheet.centred(sheet.title, title, Sheet.SIZE_2, Sheet.baseline(1));
        sheet.slot(3);
        sheet.labelled("规则甲：", d.a, 2, Sheet.SIZE_3, 0);
        sheet.labelled("规则乙：", d.b, 2, Sheet.SIZE_3, 0);
        sheet.labelled(
            "比较时间：",
            Dates.chinese(at.atZone(zone).toLocalDate())
                + " "
                + java.time.format.DateTimeFormatter.ofPattern("H:mm").format(at.atZone(zone)),
            2,
            Sheet.SIZE_3,
            0);
        sheet.labelled(
            "比较结论：",
            d.thresholds.isEmpty() && d.scenarios.isEmpty() && d.topics.isEmpty()
                ? "两项规则在所比较的阈值和情形上一致"
                : "阈值不同"
                    + d.thresholds.size()
                    + "项，标准情形不同"
                    + d.scenarios.size()
                    + "项，本区议题不同"
                    + d.topics.size()
                    + "项",
            2,
            Sheet.SIZE_3,
            0);
        sheet.advance(1);
        sheet.keep(2);
        sheet.paragraph(sheet.hei, "一、阈值", 2, 0);
        // Chinese where the comparison gives it (it does since API 1.5), else as given.
        List<String> lines =
            d.thresholdsZh != null && d.thresholdsZh.size() == d.thresholds.size()
                ? d.thresholdsZh
                : d.thresholds;
        if (lines.isEmpty()) {
          sheet.paragraph(sheet.body, "无差异。", 4, 4);
        }
        for (String t : lines) {
          sheet.paragraph(sheet.body, t, 4, 4);
        }
        cases(sheet, "二、标准情形", d.scenarios, false);
        cases(sheet, "三、本区议题", d.topics, true);
        sheet.close();
        return PdfA.save(doc, title, "审核规则比较", at, zone);
      }
    }
  }

  private static void cases(Sheet sheet, String heading, List<PolicyDiff.Case> cs, boolean topics)
      throws IOException {
    sheet.keep(2);
    sheet.paragraph(sheet.hei, heading, 2, 0);
    if (cs.isEmpty()) {
      sheet.paragraph(sheet.body, topics ? "未比较本区议题，或无差异。" : "无差异。", 4, 4);
    }
    for (PolicyDiff.Case c : cs) {
      sheet.keep(2);
      String name =
          c.topicId != null
              ? "议题" + c.topicId + (c.scenario == null ? "" : "：" + c.scenario)
              : c.scenario;
      sheet.paragraph(sheet.hei, name, 4, 4);
      line(sheet, "仅甲阻止：", clauses(c.blockedOnlyByA));
      line(sheet, "仅乙阻止：", clauses(c.blockedOnlyByB));
      line(sheet, "仅甲要求：", String.join("、", c.stepsOnlyInA));
      line(sheet, "仅乙要求：", String.join("、", c.stepsOnlyInB));
    }
  }

  private static void line(Sheet sheet, String label, String text) throws IOException {
    if (!text.isEmpty()) {
      sheet.labelled(label, text, 6, Sheet.SIZE_4, 0);
    }
  }

  private static String clauses(List<Clause> cs) {
    return cs.stream().map(Clause::name).collect(Collectors.joining("、"));
  }
}

package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.Test;

/** The 纪要 looked at as a person sees it: pages rendered to pixels, and the text read back. */
public class MinutesLayoutTest {
  private static final float CENTRE = Sheet.LEFT + Sheet.WIDTH / 2;

  private static byte[] render(MinutesPrint m) throws Exception {
    return MinutesLayout.render(m, Samples.STYLE, Samples.ZONE);
  }

  @Test
  public void theRedMarkSits35mmIntoTheTypeAreaCentredAboveTheRedRule_M3() throws Exception {
    byte[] pdf = render(Samples.minutes(Samples.minutesText(3)));
    Samples.keep("minutes", pdf, 0);
    BufferedImage page = Samples.page(pdf, 0, 72);
    assertEquals("A4 at 72 dpi", 595, page.getWidth());
    int markTop = Samples.row(Sheet.TOP - 35 * Sheet.MM);
    int[] mark = Samples.box(page, markTop - 20, markTop + 50, Samples::red);
    assertNotNull("red 纪要标志 in the band 35 mm below the type area's top", mark);
    assertTrue(
        "its top edge at 35 mm: " + mark[1] + " vs " + markTop, Math.abs(mark[1] - markTop) <= 4);
    float centre = (mark[0] + mark[2]) / 2f;
    assertTrue("centred: " + centre + " vs " + CENTRE, Math.abs(centre - CENTRE) <= 3);
    assertTrue("a mark, not a dot: " + (mark[2] - mark[0]), mark[2] - mark[0] > 300);
    // the separator: a red row as wide as the type area, below the number
    int rule = -1;
    for (int y = mark[3] + 10; y < mark[3] + 150 && rule < 0; y++) {
      int[] r = Samples.box(page, y, y + 1, Samples::red);
      if (r != null && r[2] - r[0] >= Sheet.WIDTH - 3) {
        rule = y;
      }
    }
    assertTrue("a red rule as wide as the type area under the mark", rule > 0);
    int[] number = Samples.box(page, mark[3] + 5, rule - 1, Samples::dark);
    assertNotNull("the number between mark and rule", number);
    assertTrue("the number centred", Math.abs((number[0] + number[2]) / 2f - CENTRE) <= 3);
    // the title: the first dark line under the rule, centred; nothing red below the rule
    int[] title = Samples.box(page, rule + 20, rule + 90, Samples::dark);
    assertNotNull(title);
    assertTrue(
        "the title centred: " + (title[0] + title[2]) / 2f,
        Math.abs((title[0] + title[2]) / 2f - CENTRE) <= 3);
    assertEquals(
        "red only in the 版头", null, Samples.box(page, rule + 3, page.getHeight(), Samples::red));
  }

  @Test
  public void everyFieldIsPrintedInWordsWithTheListsAfterTheBodyInTheOrderOfGbt9704_K1()
      throws Exception {
    byte[] pdf = render(Samples.minutes(Samples.minutesText(3)));
    String text = Samples.text(pdf);
    // the page numbers read between two pages' lines
    String flat = text.replaceAll("— \\d+ —", "").replaceAll("\\s+", "");
    for (String field :
        List.of(
            "前进区人民政府常务会议纪要",
            "前政纪〔2026〕44号",
            "第44次区政府常务会议纪要",
            "时间：2026年12月1日",
            "地点：区政府三楼常务会议室",
            "一、关于校园食堂管理办法（第1稿）的议题",
            "三、关于校园食堂管理办法（第3稿）的议题",
            "决定：原则通过",
            "出席：李建国、王红、赵敏、孙涛、周平",
            "请假：钱峰（外出参加市政府专题会议）、何斌（赴省参加培训，委派魏东参加）",
            "列席：陈静、刘洋、魏东（代何斌）、杨雪、罗平、马强、宋伟、谢雨、许丽、唐力",
            "签发：李建国",
            "抄送：区教育局，区发展改革委，区财政局，区市场监管局。",
            "前进区人民政府办公室2026年12月2日印发",
            "SHA-256：" + "3f5a0c9e".repeat(8))) {
      assertTrue(field + " in\n" + text, flat.contains(field));
    }
    // rule: K1 — 出席, then 请假, then 列席, after the last item and before the signature
    int present = flat.indexOf("出席：");
    int leave = flat.indexOf("请假：");
    int attending = flat.indexOf("列席：");
    assertTrue(flat.lastIndexOf("完成时限") < present);
    assertTrue(present < leave && leave < attending);
    assertTrue(attending < flat.indexOf("签发：李建国"));
    assertTrue(flat.indexOf("2026年12月1日", flat.indexOf("签发：")) > 0);
    assertTrue("no account id", !flat.contains("li.jianguo"));
    assertTrue(text.contains("— 1 —"));
  }

  @Test
  public void datesAndNumbersAreNeverBrokenAcrossLines() throws Exception {
    StringBuilder t = new StringBuilder("第44次区政府常务会议纪要\n");
    // every position of a line: a date, an ISO date, a number and a document number at its end
    for (int lead = 0; lead < 30; lead++) {
      t.append("要")
          .append("求".repeat(lead))
          .append("于2027年12月31日前完成，即2027-12-31，投入1234.56万元，依据前政纪〔2026〕44号。\n");
    }
    byte[] pdf = render(Samples.minutes(t.toString()));
    String[] lines = Samples.text(pdf).split("\\R");
    int dates = 0;
    for (String line : lines) {
      dates += line.split("2027年12月31日", -1).length - 1;
      assertTrue(
          "a broken figure: " + line,
          !line.matches(".*\\d$") || line.endsWith("—") || line.matches(".*号$"));
    }
    assertEquals("every date whole on one line", 30, dates);
    long iso = List.of(lines).stream().mapToLong(l -> l.split("2027-12-31", -1).length - 1).sum();
    assertEquals(30, iso);
    long money =
        List.of(lines).stream().mapToLong(l -> l.split("1234\\.56万元", -1).length - 1).sum();
    assertEquals(30, money);
    long numbers =
        List.of(lines).stream().mapToLong(l -> l.split("〔2026〕44号", -1).length - 1).sum();
    assertEquals("the document number of each line, and the one of the 版头", 31, numbers);
  }

  @Test
  public void pageNumbersStandOutsideTheTypeAreaOnAlternateSides() throws Exception {
    byte[] pdf = render(Samples.minutes(Samples.minutesText(6)));
    assertTrue(Samples.pages(pdf) >= 3);
    int footer = Samples.row(Sheet.BOTTOM - 7 * Sheet.MM);
    for (int p = 0; p < 3; p++) {
      BufferedImage page = Samples.page(pdf, p, 72);
      int[] number = Samples.box(page, footer, footer + 20, Samples::dark);
      assertNotNull("a page number under the type area on page " + (p + 1), number);
      assertTrue("below the type area", number[1] > Samples.row(Sheet.BOTTOM));
      boolean right = number[0] > CENTRE;
      assertEquals("odd pages right, even left: page " + (p + 1), p % 2 == 0, right);
    }
    String flat = Samples.text(pdf).replaceAll("\\s+", "");
    assertTrue(flat.contains("—1—") && flat.contains("—2—") && flat.contains("—3—"));
  }

  @Test
  public void aDraftSaysItIsNotSignedAndHasNoScope() throws Exception {
    MinutesPrint m = Samples.minutes(Samples.minutesText(1));
    m.signerName = null;
    m.signedOn = null;
    m.hash = null;
    m.copiesTo = List.of();
    m.issuedOn = null;
    String flat = Samples.text(render(m)).replaceAll("\\s+", "");
    assertTrue(flat.contains("（未签发）"));
    assertTrue(flat.contains("（未印发）"));
    assertTrue(!flat.contains("抄送") && !flat.contains("签发：") && !flat.contains("SHA-256"));
  }
}

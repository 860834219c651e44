package org.govmeeting.minutes.internal.print;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The documents of meeting 44 as the tests print them, and the means to look at their pages. */
final class Samples {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final List<String> WARNINGS = new ArrayList<>();

  static final HouseStyle STYLE =
      new HouseStyle(
          "前进区",
          "前进区人民政府办公室",
          "uming.ttc#UMingCN",
          "NotoSansSC-Regular.ttf",
          "uming.ttc#UMingCN",
          w -> {
            synchronized (WARNINGS) {
              WARNINGS.add(w);
            }
          });

  private Samples() {}

  static String minutesText(int topics) {
    StringBuilder t = new StringBuilder();
    t.append("第44次区政府常务会议纪要\n");
    t.append("时间：2026年12月1日\n");
    t.append("地点：区政府三楼常务会议室\n");
    t.append("主持：李建国\n");
    t.append("出席：李建国、王红、赵敏、孙涛、周平\n");
    t.append("列席：陈静、刘洋、魏东（代何斌）、杨雪、罗平、马强、宋伟、谢雨、许丽、唐力\n");
    t.append("请假：钱峰（外出参加市政府专题会议）、何斌（赴省参加培训，委派魏东参加）\n\n");
    t.append("会前集体学法：宪法第三章国家机构，由许丽领学。参加：李建国、王红、赵敏、孙涛、周平、陈静、刘洋\n\n");
    t.append("会议研究了以下事项：\n");
    String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (int i = 1; i <= topics; i++) {
      String n = i <= 10 ? numerals[i - 1] : i < 20 ? "十" + numerals[i - 11] : "二十";
      t.append(n).append("、关于校园食堂管理办法（第").append(i).append("稿）的议题\n");
      t.append("汇报：罗平\n");
      t.append("决定：原则通过，按会议意见修改完善后按程序报批\n");
      t.append("修改意见：进一步明确食堂从业人员健康管理和食材采购查验责任，建议同步加强食品安全监管。\n");
      t.append("要求：区教育局牵头，会同区市场监管局于2027年6月30日前完成全区中小学食堂改造，")
          .append("并于每月5日前报送进展（责任单位：区教育局、区市场监管局；完成时限：2027-06-30）\n\n");
    }
    return t.toString();
  }

  static MinutesPrint minutes(String text) {
    MinutesPrint m = new MinutesPrint();
    m.documentNumber = "前政纪〔2026〕44号";
    m.text = text;
    m.signerName = "李建国";
    m.signedOn = LocalDate.of(2026, 12, 1);
    m.copiesTo = List.of("区教育局", "区发展改革委", "区财政局", "区市场监管局");
    m.issuedOn = LocalDate.of(2026, 12, 2);
    m.hash = "3f5a0c9e".repeat(8);
    m.printedAt = Instant.parse("2026-12-02T02:00:00Z");
    return m;
  }

  static BufferedImage page(byte[] pdf, int page, float dpi) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
    }
  }

  /** Writes a page as PNG where -Dgovmeeting.pages names a folder (README's pictures). */
  static void keep(String name, byte[] pdf, int page) throws IOException {
    String folder = System.getProperty("govmeeting.pages");
    if (folder != null) {
      new File(folder).mkdirs();
      ImageIO.write(page(pdf, page, 72), "png", new File(folder, name + ".png"));
    }
  }

  /** Whether a pixel is the red of the 版头 (strongly red, little green or blue). */
  static boolean red(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return r > 170 && g < 110 && b < 110;
  }

  /** Whether a pixel is ink that is not red (text and rules in black, anti-aliased). */
  static boolean dark(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return (r + g + b) / 3 < 180 && Math.abs(r - g) < 40 && Math.abs(r - b) < 40;
  }

  /** The bounding box {minX, minY, maxX, maxY} of pixels that pass in a band of rows, or null. */
  static int[] box(BufferedImage img, int fromY, int toY, java.util.function.IntPredicate test) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = Math.max(0, fromY); y < Math.min(img.getHeight(), toY); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if (test.test(img.getRGB(x, y))) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
  }

  /** Pixels from the top of the page at 72 dpi (1 px = 1 pt) for a PDF y coordinate. */
  static int row(float pdfY) {
    return Math.round(Sheet.PAGE_H - pdfY);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  /** The text within a rectangle of a page, in points from the page's top-left corner. */
  static String text(byte[] pdf, int page, float x, float y, float w, float h) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      org.apache.pdfbox.text.PDFTextStripperByArea area =
          new org.apache.pdfbox.text.PDFTextStripperByArea();
      area.addRegion("r", new java.awt.geom.Rectangle2D.Float(x, y, w, h));
      area.extractRegions(doc.getPage(page));
      return area.getTextForRegion("r");
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = PDDocument.load(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  /** Validates a file as PDF/A-2b with veraPDF; the failed rules, empty when it conforms. */
  static List<String> pdfaProblems(byte[] pdf) throws Exception {
    org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    org.verapdf.pdfa.flavours.PDFAFlavour flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B;
    try (org.verapdf.pdfa.PDFAParser parser =
            org.verapdf.pdfa.Foundries.defaultInstance()
                .createParser(new java.io.ByteArrayInputStream(pdf), flavour);
        org.verapdf.pdfa.PDFAValidator validator =
            org.verapdf.pdfa.Foundries.defaultInstance().createValidator(flavour, false)) {
      org.verapdf.pdfa.results.ValidationResult result = validator.validate(parser);
      List<String> problems = new ArrayList<>();
      for (org.verapdf.pdfa.results.TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED) {
          problems.add(
              a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + " "
                  + a.getMessage());
        }
      }
      if (!result.isCompliant() && problems.isEmpty()) {
        problems.add("not compliant");
      }
      return problems;
    }
  }
}

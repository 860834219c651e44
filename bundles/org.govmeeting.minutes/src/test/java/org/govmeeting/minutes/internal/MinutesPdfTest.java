package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govmeeting.api.minutes.Minutes;
import org.junit.Test;

public class MinutesPdfTest {

  @Test
  public void minutesAreTypesetInChineseWithTheFontEmbedded_M3() throws Exception {
    // rule: M3 — the issued minutes, printable, numbered as the district numbers them
    Minutes m = new Minutes();
    m.documentNumber = "前政纪〔2026〕44号";
    m.text =
        "第44次区政府常务会议纪要\n会议研究了以下事项：\n1、关于校园食堂管理办法的议题\n决定：原则通过\n" + "要求：区教育局牵头，9月1日前完成改造。".repeat(12);
    m.signedBy = "li.jianguo";
    m.signedAt = Instant.parse("2026-03-10T08:00:00Z");
    m.hash = "ab".repeat(32);
    byte[] pdf = MinutesPdf.render(m);
    assertTrue(
        new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    assertTrue("the font subset keeps the file small: " + pdf.length, pdf.length < 400_000);
    try (PDDocument doc = PDDocument.load(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text, text.contains("前政纪〔2026〕44号"));
      assertTrue(text, text.contains("关于校园食堂管理办法的议题"));
      assertTrue(text, text.contains("原则通过"));
      assertEquals("前政纪〔2026〕44号", doc.getDocumentInformation().getTitle());
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        PDFont font = doc.getPage(0).getResources().getFont(name);
        assertTrue(font.getName() + " is embedded", font.isEmbedded());
      }
    }
  }
}

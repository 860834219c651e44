package org.govmeeting.minutes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.govmeeting.api.minutes.Minutes;

/**
 * Typesets minutes as an A4 PDF in Noto Sans SC, with the document number on top and the page
 * number below; the font's used glyphs are embedded, so any reader shows every character.
 */
final class MinutesPdf {
  static final String FONT = "NotoSansSC-Regular.ttf";
  private static final float MARGIN = 72;
  private static final float SIZE = 12;
  private static final float LEADING = 20;

  private MinutesPdf() {}

  static byte[] render(Minutes m) {
    try (PDDocument doc = new PDDocument();
        InputStream fontData = MinutesPdf.class.getResourceAsStream(FONT)) {
      if (fontData == null) {
        throw new IllegalStateException(FONT + " is missing from the bundle");
      }
      PDType0Font font = PDType0Font.load(doc, fontData, true);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(m.documentNumber);
      info.setSubject("区政府常务会议纪要");
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      lines.add(m.documentNumber);
      lines.add("");
      for (String paragraph : m.text.split("\n", -1)) {
        lines.addAll(wrap(paragraph, font, width));
      }
      if (m.signedBy != null) {
        lines.add("");
        lines.add("签发：" + m.signedBy + "  " + m.signedAt);
        lines.add("SHA-256：" + m.hash);
      }
      int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
      int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          out.beginText();
          out.setFont(font, SIZE);
          out.setLeading(LEADING);
          out.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          for (String line :
              lines.subList(p * perPage, Math.min(lines.size(), (p + 1) * perPage))) {
            out.showText(line);
            out.newLine();
          }
          out.endText();
          out.beginText();
          out.setFont(font, 9);
          out.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 20, MARGIN / 2);
          out.showText("— " + (p + 1) + " / " + pages + " —");
          out.endText();
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Breaks a paragraph into lines that fit the width, character by character (CJK has no spaces).
   */
  private static List<String> wrap(String paragraph, PDType0Font font, float width)
      throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int i = 0;
    while (i < paragraph.length()) {
      int cp = paragraph.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (ch.equals("\t")) {
        ch = "  ";
      }
      float w = font.getStringWidth(line + ch) / 1000 * SIZE;
      if (w > width && line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(ch);
      i += Character.charCount(cp);
    }
    out.add(line.toString());
    return out;
  }
}

package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** The archive keeps PDF/A-2b: each document checked by veraPDF, the reference validator. */
public class PdfATest {
  @Test
  public void theMinutesAreValidPdfA2b_M3() throws Exception {
    byte[] pdf =
        MinutesLayout.render(Samples.minutes(Samples.minutesText(2)), Samples.STYLE, Samples.ZONE);
    assertEquals(List.of(), Samples.pdfaProblems(pdf));
  }

  @Test
  public void theAgendaIsValidPdfA2b() throws Exception {
    assertEquals(
        List.of(),
        Samples.pdfaProblems(
            AgendaLayout.render(AgendaLayoutTest.agenda(), Samples.STYLE, Samples.ZONE)));
  }

  @Test
  public void theTopicFormIsValidPdfA2b() throws Exception {
    assertEquals(
        List.of(),
        Samples.pdfaProblems(
            TopicFormLayout.render(TopicFormLayoutTest.form(), Samples.STYLE, Samples.ZONE)));
  }

  @Test
  public void hostileTextStaysValidPdfA2b() throws Exception {
    StringBuilder t = new StringBuilder("第44次区政府常务会议纪要\n");
    HostileTextTest.HOSTILE.subList(0, 12).forEach(h -> t.append(h).append('\n'));
    assertEquals(
        List.of(),
        Samples.pdfaProblems(
            MinutesLayout.render(Samples.minutes(t.toString()), Samples.STYLE, Samples.ZONE)));
  }

  @Test
  public void theValidatorCatchesAFileThatIsNotPdfA() throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      org.junit.Assert.assertFalse(Samples.pdfaProblems(out.toByteArray()).isEmpty());
    }
  }
}

package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Every code point a user can enter prints (the hostile inputs of BadInputIT and more): a font of
 * the chain draws it, or it prints as U+FFFD with one warning naming it; nothing throws.
 */
public class HostileTextTest {
  /** What a careless or hostile user puts into a venue, a title, a requirement. */
  static final List<String> HOSTILE =
      List.of(
          "a\u0000b",
          "x\u202Efdp.exe",
          "\uD83D",
          "\uDE00孤",
          "关于😀社区e\u0301 עברית 服务站的议题",
          "区政府🏛三楼会议室 👍🏽 👨‍👩‍👧 ✅ ⚖ ☎",
          "مرحبا بالعالم 123 שלום",
          "𠮷野家、𪚥、𫝀",
          "\uD840\uDC00\uD87E\uDC00 U+30000：\uD880\uDC00",
          "\uE000\uF8FF\u0378\uFFFF",
          "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A",
          "\uFEFF\u200B\u200D\u2028\u2029\t制表",
          "A".repeat(5000),
          "长".repeat(20000));

  @Test
  public void minutesOfHostileTextPrintAndWarnOncePerMissingCodePoint() throws Exception {
    StringBuilder text = new StringBuilder("第44次区政府常务会议纪要\n");
    for (String h : HOSTILE) {
      text.append("要求：").append(h).append("\n");
    }
    text.append("出席：").append(HOSTILE.get(4)).append("\n");
    MinutesPrint m = Samples.minutes(text.toString());
    m.signerName = "李\uD83D建国😀";
    m.copiesTo = List.of("区教育局\u202E", "\uD83D");
    synchronized (Samples.WARNINGS) {
      Samples.WARNINGS.clear();
    }
    byte[] pdf = MinutesLayout.render(m, Samples.STYLE, Samples.ZONE);
    byte[] again = MinutesLayout.render(m, Samples.STYLE, Samples.ZONE);
    assertTrue(Samples.pages(pdf) > 30);
    assertEquals(Samples.pages(pdf), Samples.pages(again));
    String read = Samples.text(pdf);
    // What the fonts from Debian's packages draw; a build without them (Noto Sans SC alone)
    // prints these as U+FFFD, with a warning each, as below.
    boolean debian = !FontShelf.shared().notInThisBuild("Symbola_hint.ttf");
    List<String> drawnByAll = List.of("制表", "\u0301");
    List<String> drawnByDebian =
        List.of("😀", "🏛", "👍", "𠮷", "𪚥", "\uD840\uDC00", "✅", "ע", "ب");
    for (String drawn : drawnByAll) {
      assertTrue(drawn + " printed", read.contains(drawn));
    }
    for (String drawn : drawnByDebian) {
      assertEquals(drawn + " printed", debian, read.contains(drawn));
    }
    assertTrue(
        "the replacement mark where no font has it",
        read.contains("\uFFFD") || (!debian && read.contains("\u3013")));
    assertTrue("no direction override reaches the page", !read.contains("\u202E"));
    List<String> warnings;
    synchronized (Samples.WARNINGS) {
      warnings = List.copyOf(Samples.WARNINGS);
    }
    List<String> plane3 =
        warnings.stream().filter(w -> w.contains("U+30000")).collect(Collectors.toList());
    assertEquals("one warning for U+30000 over two documents: " + warnings, 1, plane3.size());
    assertTrue(warnings.stream().anyMatch(w -> w.contains("U+D83D")));
    assertTrue(
        "it was not a font that failed: " + warnings,
        warnings.stream().noneMatch(w -> w.contains("cannot be read")));
  }

  @Test
  public void theAgendaAndTheFormPrintHostileTextToo() throws Exception {
    AgendaPrint a = AgendaLayoutTest.agenda();
    for (String h : HOSTILE.subList(0, 12)) {
      AgendaPrint.Item i = new AgendaPrint.Item();
      i.title = h;
      i.reporter = h;
      i.leadUnit = h;
      i.attendingUnits.add(h);
      i.timeLimitMinutes = 10;
      a.items.add(i);
    }
    a.venue = HOSTILE.get(5);
    assertTrue(Samples.pages(AgendaLayout.render(a, Samples.STYLE, Samples.ZONE)) >= 1);
    TopicFormPrint f = TopicFormLayoutTest.form();
    f.rows.add(new TopicFormPrint.Row(HOSTILE.get(1), HOSTILE));
    assertTrue(Samples.pages(TopicFormLayout.render(f, Samples.STYLE, Samples.ZONE)) > 10);
  }
}

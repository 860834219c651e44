package org.govmeeting.rest.internal;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.Test;

public class TextTest {
  @Test
  public void chineseEmojiCombiningMarksAndRightToLeftScriptsAreText() {
    assertNull(Text.problem("关于老旧小区改造的议题 😀 e\u0301 עברית العربية\n\t第二行"));
  }

  @Test
  public void controlCharactersDirectionOverridesAndBrokenPairsAreNot() {
    assertNotNull(Text.problem("a\u0000b"));
    assertNotNull(Text.problem("invoice\u202Efdp.exe"));
    assertNotNull(Text.problem("x\u2066y"));
    assertNotNull(Text.problem("\uD83D"));
    assertNotNull(Text.problem("\uDE00x"));
    assertNotNull(Text.problem("bell\u0007"));
  }

  @Test
  public void invisibleAndC1CharactersAreRefusedInNames() {
    for (char c : new char[] {'\u0085', '\u200B', '\u200F', '\uFEFF', '\u200E', '\u0080'}) {
      assertNotNull(Integer.toHexString(c), Text.problem("李" + c + "建国"));
    }
    // Emoji sequences are built with the zero width joiner: it stays.
    assertNull(Text.problem("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"));
  }

  @Test
  public void theJsonReaderRefusesThemNamingTheField() throws Exception {
    ObjectMapper json = JsonProvider.mapper();
    try {
      json.readValue("{\"text\":\"a\\u0000b\"}", Holder.class);
      throw new AssertionError("accepted NUL");
    } catch (InvalidFormatException e) {
      assertTrue(e.getPathReference(), e.getPathReference().contains("text"));
    }
    assertTrue(json.readValue("{\"text\":\"😀\"}", Holder.class).text.equals("😀"));
  }

  public static class Holder {
    public String text;
  }
}

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

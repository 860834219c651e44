package org.govmeeting.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;

public class ValidationExceptionTest {
  @Test
  public void aFileNameIsItsLastSegment() {
    assertEquals("纪要.pdf", ValidationException.requireFileName("name", "../../etc/纪要.pdf"));
  }

  @Test
  public void invisibleControlAndDirectionCharactersAreRefusedInFileNames() {
    for (String bad :
        new String[] {
          "a\u0085b.pdf", "a\u200Bb.pdf", "a\u200Fb.pdf", "a\uFEFFb.pdf", "a\u202Eb.pdf", "a\u0007b"
        }) {
      try {
        ValidationException.requireFileName("name", bad);
        fail("accepted " + bad.codePoints().mapToObj(Integer::toHexString).toList());
      } catch (ValidationException expected) {
        assertEquals("name", expected.field());
      }
    }
  }
}

package org.govmeeting.api.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class ChineseTest {
  @Test
  public void everyConstantOfEveryEnumHasItsOwnChineseName() throws Exception {
    int enums = 0;
    for (Method m : Chinese.class.getMethods()) {
      if (!m.getName().equals("of")) {
        continue;
      }
      enums++;
      Class<?> type = m.getParameterTypes()[0];
      Set<String> names = new HashSet<>();
      for (Object constant : type.getEnumConstants()) {
        String name = (String) m.invoke(null, constant);
        assertFalse(type + "." + constant, name.isBlank());
        assertTrue(
            type + "." + constant + ": " + name, name.codePoints().anyMatch(c -> c > 0x4e00));
        assertTrue(type + " names two constants " + name, names.add(name));
      }
    }
    assertEquals(9, enums);
  }
}

package org.govmeeting.api.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SettingsTest {
  @Test
  public void badValueIsRefusedWithALineNamingTheSetting() {
    List<String> log = new ArrayList<>();
    Settings s = new Settings("org.govmeeting.intake", log::add);
    assertEquals(1024L, s.atLeast("maxFileBytes", 1024L, 1L, 20L));
    assertTrue(log.isEmpty());
    assertEquals(20L, s.atLeast("maxFileBytes", -5L, 1L, 20L));
    assertEquals(1, log.size());
    assertTrue(log.get(0), log.get(0).contains("org.govmeeting.intake: setting maxFileBytes = -5"));
    assertEquals(15, s.between("defaultTimeLimitMinutes", 500, 1, 240, 15));
    assertTrue(log.get(1), log.get(1).contains("between 1 and 240"));
  }

  @Test
  public void aTimeZoneTheDatabaseDoesNotKnowIsRefused() {
    List<String> log = new ArrayList<>();
    Settings s = new Settings("org.govmeeting.directory", log::add);
    java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
    assertEquals(java.time.ZoneId.of("Asia/Urumqi"), s.zone("zone", " Asia/Urumqi ", shanghai));
    assertTrue(log.isEmpty());
    for (String bad : new String[] {"Asia/Beijing", "CST", "", null, "+25:00"}) {
      assertEquals(bad, shanghai, s.zone("zone", bad, shanghai));
    }
    assertEquals(5, log.size());
    assertTrue(log.get(0), log.get(0).contains("setting zone = Asia/Beijing refused"));
    assertTrue(log.get(0), log.get(0).contains("using Asia/Shanghai"));
  }
}

package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;

import java.time.ZoneId;
import java.util.Map;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.testsupport.Stubs;
import org.junit.Test;

public class DistrictZoneTest {
  private static Directory directory(ZoneId zone) {
    return Stubs.only(Directory.class, Map.of("zone", a -> zone));
  }

  @Test
  public void theZoneIsTheDirectorysSetting() {
    DistrictZone zone = new DistrictZone(directory(ZoneId.of("Asia/Urumqi")));
    assertEquals(ZoneId.of("Asia/Urumqi"), zone.get());
  }

  @Test
  public void withoutADirectoryTheDefaultStands() {
    assertEquals(ZoneId.of("Asia/Shanghai"), new DistrictZone(null).get());
  }

  @Test
  public void aDirectoryThatWentAwayLeavesTheZoneItGave() {
    DistrictZone zone = new DistrictZone(directory(ZoneId.of("Asia/Urumqi")));
    zone.get();
    zone.setDirectory(null);
    assertEquals(ZoneId.of("Asia/Urumqi"), zone.get());
    zone.setDirectory(
        Stubs.only(
            Directory.class,
            Map.of(
                "zone",
                a -> {
                  throw new IllegalStateException("the portal's directory does not answer");
                })));
    assertEquals(ZoneId.of("Asia/Urumqi"), zone.get());
    zone.setDirectory(directory(ZoneId.of("Asia/Shanghai")));
    assertEquals(ZoneId.of("Asia/Shanghai"), zone.get());
  }
}

package org.govmeeting.minutes.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.junit.Test;

public class ArchivePeriodTest {
  @Test
  public void aDistrictsOwnArchivePeriodHoldsInItsScopeAndThePlatformsElsewhere_M3() {
    // rule: M3 — archived within the period the district's Office set, else the platform's
    Directory directory =
        only(
            Directory.class,
            Map.of(
                "district",
                a -> {
                  District d = new District();
                  d.id = (String) a[0];
                  d.archiveWithinDays = "dongfeng".equals(a[0]) ? 10 : null;
                  return Optional.of(d);
                }));
    ArchivePeriod period = new ArchivePeriod(directory, () -> Duration.ofDays(30));
    assertEquals(Duration.ofDays(10), DistrictScope.call("dongfeng", period));
    assertEquals(Duration.ofDays(30), DistrictScope.call("qianjin", period));
  }
}

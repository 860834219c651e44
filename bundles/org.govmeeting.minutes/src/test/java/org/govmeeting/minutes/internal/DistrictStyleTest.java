package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.Map;
import java.util.Optional;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.minutes.internal.print.HouseStyle;
import org.govmeeting.testsupport.Stubs;
import org.junit.Test;

/** Each district's documents print its own name and number (issue 20). */
public class DistrictStyleTest {
  private static final HouseStyle CONFIGURED =
      new HouseStyle(
          "前进区",
          "前进区人民政府办公室",
          "NotoSansSC-Regular.ttf",
          "NotoSansSC-Regular.ttf",
          "NotoSansSC-Regular.ttf",
          w -> {});

  private static District dongfeng() {
    District d = new District();
    d.id = "dongfeng";
    d.name = "东风区";
    return d;
  }

  private final DistrictStyle style =
      new DistrictStyle(
          () -> CONFIGURED,
          Stubs.only(
              Directory.class,
              Map.of(
                  "district",
                  a -> "dongfeng".equals(a[0]) ? Optional.of(dongfeng()) : Optional.empty())));

  @Test
  public void theDefaultDistrictPrintsAsConfigured() {
    assertSame(CONFIGURED, style.get());
  }

  @Test
  public void anotherDistrictPrintsItsOwnNameAndOffice() {
    HouseStyle s = DistrictScope.call("dongfeng", style::get);
    assertEquals("东风区", s.district());
    assertEquals("东风区人民政府办公室", s.office());
    // rule: M3 — the minutes are numbered in the district's own series
    assertEquals("东政纪〔2026〕3号", DistrictStyle.documentNumber(s.district(), 2026, 3));
    assertEquals("前政纪〔2026〕44号", DistrictStyle.documentNumber(style.get().district(), 2026, 44));
  }
}

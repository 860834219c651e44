package org.govmeeting.minutes.internal;

import java.util.function.Supplier;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.minutes.internal.print.HouseStyle;

/**
 * The house style of the district a document is printed for: the configured one (etc/
 * org.govmeeting.documents.cfg) for the default district, and for any other district the same faces
 * with its own name and Office (东风区, 东风区人民政府办公室), so that its minutes never print another
 * district's name. The minutes' number begins with the district's first character, as a district
 * abbreviates itself (前政纪, 东政纪).
 */
final class DistrictStyle implements Supplier<HouseStyle> {
  private final Supplier<HouseStyle> configured;
  private final Directory directory;

  DistrictStyle(Supplier<HouseStyle> configured, Directory directory) {
    this.configured = configured;
    this.directory = directory;
  }

  @Override
  public HouseStyle get() {
    HouseStyle style = configured.get();
    String district = DistrictScope.current();
    if (style == null || district.equals(DistrictScope.DEFAULT)) {
      return style;
    }
    return directory
        .district(district)
        .map(d -> style.of(d.name, d.name + "人民政府办公室"))
        .orElse(style);
  }

  /** 前政纪〔2026〕44号: the district's abbreviation, the year, the meeting's number. */
  static String documentNumber(String districtName, int year, int number) {
    return districtName.charAt(0) + "政纪〔" + year + "〕" + number + "号";
  }
}

package org.govmeeting.shell.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DistrictScope;

/**
 * The district a console read command answers for: the one its {@code --district} names, else the
 * platform's default district, as the console has no caller whose account would choose it. Times
 * are printed in that district's zone, as its staff read them.
 */
final class ConsoleDistrict {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private ConsoleDistrict() {}

  /**
   * Runs {@code read} in the district's scope.
   *
   * @throws ConsoleFailure for a district the platform does not serve, with those it does
   */
  static <T> T within(Directory directory, String district, Supplier<T> read) {
    String id = district == null || district.isBlank() ? DistrictScope.DEFAULT : district.trim();
    if (directory.district(id).isEmpty()) {
      String known =
          directory.districts().stream().map(d -> d.id).collect(Collectors.joining(", "));
      throw new ConsoleFailure(
          "本平台没有区“" + id + "”，现有：" + known,
          "this platform serves no district '" + id + "'; it serves " + known);
    }
    return DistrictScope.call(id, read);
  }

  /** A time as the district of the running scope reads it. */
  static String time(Directory directory, Instant at) {
    if (at == null) {
      return "";
    }
    ZoneId zone = directory.zone();
    return TIME.format(at.atZone(zone));
  }
}

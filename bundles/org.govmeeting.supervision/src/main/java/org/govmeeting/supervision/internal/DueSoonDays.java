package org.govmeeting.supervision.internal;

import java.util.function.IntSupplier;
import org.govmeeting.api.directory.Directory;

/**
 * How many days before its due date a task counts as due soon and its unit is reminded (I3): the
 * district's own time limit where it set one, else the platform's. Asked at each use, in the
 * district of the running scope, so that a change holds at once.
 */
final class DueSoonDays implements IntSupplier {
  private final Directory directory;
  private final int platform;

  DueSoonDays(Directory directory, int platform) {
    this.directory = directory;
    this.platform = platform;
  }

  @Override
  public int getAsInt() {
    return directory == null
        ? platform
        : directory.districtSetting(d -> d.dueSoonDays).orElse(platform);
  }
}

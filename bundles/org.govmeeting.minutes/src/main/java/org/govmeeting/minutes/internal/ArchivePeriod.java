package org.govmeeting.minutes.internal;

import java.time.Duration;
import java.util.function.Supplier;
import org.govmeeting.api.directory.Directory;

/**
 * Within how long of the minutes' signature a meeting is to be archived (M3): the district's own
 * period where it set one, else the platform's. Asked at each use, in the district of the running
 * scope, so that a change holds at once.
 */
final class ArchivePeriod implements Supplier<Duration> {
  private final Directory directory;
  private final Supplier<Duration> platform;

  ArchivePeriod(Directory directory, Supplier<Duration> platform) {
    this.directory = directory;
    this.platform = platform;
  }

  @Override
  public Duration get() {
    return directory == null
        ? platform.get()
        : directory
            .districtSetting(d -> d.archiveWithinDays)
            .map(Duration::ofDays)
            .orElseGet(platform);
  }
}

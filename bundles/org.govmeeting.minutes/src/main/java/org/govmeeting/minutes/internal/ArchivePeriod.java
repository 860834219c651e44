package org.govmeeting.minutes.internal;

import java.time.Duration;
import java.util.function.Supplier;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DistrictScope;

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
    Integer own =
        directory == null
            ? null
            : directory
                .district(DistrictScope.current())
                .map(d -> d.archiveWithinDays)
                .orElse(null);
    return own != null ? Duration.ofDays(own) : platform.get();
  }
}

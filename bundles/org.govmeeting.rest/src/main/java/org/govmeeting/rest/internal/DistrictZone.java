package org.govmeeting.rest.internal;

import java.time.ZoneId;
import java.util.function.Supplier;
import org.govmeeting.api.directory.Directory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The district's time zone, in which the API writes every time and counts "this month": the
 * directory's setting, asked at each use. The directory is optional here, so that the API keeps
 * answering while it is down (its storage failing, its bundle updated); then the zone it last gave
 * stands, and before it gave any, the setting's default ({@link Directory#DEFAULT_ZONE}).
 */
@Component(service = DistrictZone.class)
public class DistrictZone implements Supplier<ZoneId> {
  static final ZoneId DEFAULT = ZoneId.of(Directory.DEFAULT_ZONE);

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile Directory directory;

  private volatile ZoneId last = DEFAULT;

  public DistrictZone() {}

  /** Outside OSGi, with the directory given (or none). */
  DistrictZone(Directory directory) {
    this.directory = directory;
  }

  void setDirectory(Directory directory) {
    this.directory = directory;
  }

  @Override
  public ZoneId get() {
    Directory d = directory;
    if (d != null) {
      try {
        ZoneId zone = d.zone();
        if (zone != null) {
          last = zone;
          return zone;
        }
      } catch (RuntimeException unavailable) {
        // A portal's directory that cannot answer now: times are still written, in the last zone.
      }
    }
    return last;
  }
}

package org.govmeeting.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.govmeeting.api.supervision.Overview;
import org.govmeeting.api.supervision.Task;

/** How the decisions' execution stands (I1): per meeting and owning unit, by timeliness. */
final class SupervisionOverview {
  private final TaskReading reading;
  private final Clock clock;
  private final Supplier<ZoneId> zone;
  private final IntSupplier dueSoonDays;

  SupervisionOverview(
      TaskReading reading, Clock clock, Supplier<ZoneId> zone, IntSupplier dueSoonDays) {
    this.reading = reading;
    this.clock = clock;
    this.zone = zone;
    this.dueSoonDays = dueSoonDays;
  }

  List<Overview> overview(Long meetingId, String unitId, Instant asOf) {
    LocalDate today = SupervisionRules.today(asOf == null ? clock.instant() : asOf, zone.get());
    Map<String, Overview> byKey = new LinkedHashMap<>();
    for (Task t : reading.tasks(meetingId, unitId, null, 0, TaskReading.MAX_PAGE).items) {
      Overview o =
          byKey.computeIfAbsent(
              t.meetingId + "/" + t.ownerUnitId,
              k -> {
                Overview n = new Overview();
                n.meetingId = t.meetingId;
                n.unitId = t.ownerUnitId;
                return n;
              });
      switch (SupervisionRules.timeliness(t.state, t.due, today, dueSoonDays.getAsInt())) {
        case DONE -> o.done++;
        case OVERDUE -> o.overdue++;
        case DUE_SOON -> o.dueSoon++;
        default -> o.onTime++;
      }
    }
    return new ArrayList<>(byKey.values());
  }
}

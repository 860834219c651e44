package org.govmeeting.supervision.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.govmeeting.api.supervision.Task;
import org.junit.Test;

public class SupervisionRulesTest {
  static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  public void theDayIsTheDistrictsWhateverTheServersZone_I1() {
    // rule: I1 — deadlines are days in the district: 23:30 UTC is already the next morning there
    assertEquals(TODAY, SupervisionRules.today(Instant.parse("2027-01-03T23:30:00Z"), SHANGHAI));
    assertEquals(TODAY, SupervisionRules.today(Instant.parse("2027-01-04T15:59:59Z"), SHANGHAI));
    // A district configured in another zone has another day at the same moment.
    assertEquals(
        TODAY.minusDays(1),
        SupervisionRules.today(Instant.parse("2027-01-03T23:30:00Z"), ZoneId.of("Europe/London")));
    assertEquals(Instant.parse("2027-01-04T16:00:00Z"), SupervisionRules.endOf(TODAY, SHANGHAI));
  }

  @Test
  public void overdueOnlyAfterTheDueDay_I1() {
    assertFalse(SupervisionRules.overdue(TODAY, TODAY));
    assertTrue(SupervisionRules.overdue(TODAY.minusDays(1), TODAY));
  }

  @Test
  public void timelinessOfATask_I1() {
    // rule: I1 — due soon up to and including the last day of the window, done once closed
    assertEquals(Task.Timeliness.DONE, timeliness(Task.State.CLOSED, TODAY.minusDays(30)));
    assertEquals(Task.Timeliness.OVERDUE, timeliness(Task.State.OPEN, TODAY.minusDays(1)));
    assertEquals(
        Task.Timeliness.OVERDUE, timeliness(Task.State.COMPLETION_REPORTED, TODAY.minusDays(1)));
    assertEquals(Task.Timeliness.DUE_SOON, timeliness(Task.State.OPEN, TODAY));
    assertEquals(Task.Timeliness.DUE_SOON, timeliness(Task.State.OPEN, TODAY.plusDays(7)));
    assertEquals(Task.Timeliness.ON_TIME, timeliness(Task.State.OPEN, TODAY.plusDays(8)));
    assertEquals(TODAY.plusDays(7), SupervisionRules.dueSoonUntil(TODAY, 7));
  }

  private static Task.Timeliness timeliness(Task.State state, LocalDate due) {
    return SupervisionRules.timeliness(state, due, TODAY, 7);
  }
}

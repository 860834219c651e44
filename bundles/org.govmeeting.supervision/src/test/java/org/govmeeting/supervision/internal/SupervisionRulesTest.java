package org.govmeeting.supervision.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.govmeeting.api.supervision.Task;
import org.junit.Test;

public class SupervisionRulesTest {
  static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

  @Test
  public void theDayIsTheDistrictsWhateverTheServersZone_I1() {
    // rule: I1 — deadlines are days in the district: 23:30 UTC is already the next morning there
    assertEquals(TODAY, SupervisionRules.today(Instant.parse("2027-01-03T23:30:00Z")));
    assertEquals(TODAY, SupervisionRules.today(Instant.parse("2027-01-04T15:59:59Z")));
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

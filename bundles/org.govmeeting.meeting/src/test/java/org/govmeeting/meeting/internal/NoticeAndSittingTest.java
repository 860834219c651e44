package org.govmeeting.meeting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import org.govmeeting.api.meeting.Agenda;
import org.govmeeting.api.meeting.AgendaItem;
import org.govmeeting.api.meeting.Meeting;
import org.junit.Test;

/** The notice's text (M1) and which meetings count as held for the month (C3). */
public class NoticeAndSittingTest {
  private static Meeting meeting(String venue) {
    Meeting m = new Meeting();
    m.number = 45;
    m.scheduledAt = Instant.parse("2026-03-10T01:30:00Z");
    m.venue = venue;
    return m;
  }

  private static Agenda agenda(String... titles) {
    Agenda a = new Agenda();
    a.items = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      AgendaItem item = new AgendaItem();
      item.position = i + 1;
      item.title = titles[i];
      a.items.add(item);
    }
    return a;
  }

  @Test
  public void theNoticeGivesNumberDistrictTimeVenueAndTheAgendaInOrder_M1() {
    // rule: M1 — once the time is fixed the Office notifies the participants
    assertEquals(
        "第45次区政府常务会议定于 2026-03-10T09:30 在 区政府三楼常务会议室 召开。议程：1. 集体学法；2. 关于校园食堂管理办法的议题",
        PreparationRules.noticeText(
            meeting("区政府三楼常务会议室"), agenda("集体学法", "关于校园食堂管理办法的议题"), ZoneId.of("Asia/Shanghai")));
  }

  @Test
  public void aNoticeWithoutAVenueSaysItIsStillToBeFixed_M1_M4() {
    // rule: M4 — the Office prepares the venue; until then the notice says so
    assertEquals(
        "第45次区政府常务会议定于 2026-03-10T01:30 在 （会场待定） 召开。议程：1. 集体学法",
        PreparationRules.noticeText(meeting(null), agenda("集体学法"), ZoneId.of("UTC")));
  }

  @Test
  public void onlyAMeetingThatSatHoldsItsMonth_C3() {
    // rule: C3 — a meeting in session or closed sat; planned, notified or called off did not
    assertTrue(PreparationRules.held(Meeting.Status.IN_SESSION));
    assertTrue(PreparationRules.held(Meeting.Status.CLOSED));
    assertFalse(PreparationRules.held(Meeting.Status.PLANNED));
    assertFalse(PreparationRules.held(Meeting.Status.NOTIFIED));
    assertFalse(PreparationRules.held(Meeting.Status.CANCELLED));
  }
}

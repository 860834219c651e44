package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govmeeting.api.inbox.InboxItem;
import org.govmeeting.api.inbox.InboxItem.Kind;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

/** The inbox as it is answered: newest first, counted, in words, with where to act. */
public class InboxTest {
  private static InboxItem item(Kind kind, Clause clause, String since) {
    InboxItem i = new InboxItem();
    i.kind = kind;
    i.clause = clause;
    i.since = since == null ? null : Instant.parse(since);
    return i;
  }

  @Test
  public void newestFirstCountedPerKindAndNamedFromTheRecords() {
    // rule: F4, K1, I1
    InboxItem step = item(Kind.REVIEW_STEP, Clause.F4, "2026-12-01T02:00:00Z");
    step.topicId = 5L;
    step.itemId = 17L;
    InboxItem leave = item(Kind.LEAVE_REQUEST, Clause.K1, "2026-12-01T05:00:00Z");
    leave.meetingId = 3L;
    leave.itemId = 2L;
    InboxItem task = item(Kind.TASK, Clause.I1, null);
    task.itemId = 9L;
    task.subject = "完成校舍改造";
    task.overdue = true;

    Inbox.View v =
        Inbox.of(
            List.of(step, task, leave),
            false,
            ids -> Map.of(5L, "关于新建第二中学的议题"),
            id -> id == 3L ? Optional.of(44) : Optional.empty());

    assertEquals(3, v.total);
    assertEquals(Integer.valueOf(1), v.counts.get(Kind.REVIEW_STEP));
    assertEquals(Integer.valueOf(0), v.counts.get(Kind.MINUTES_SIGNATURE));
    assertEquals(Kind.LEAVE_REQUEST, v.items.get(0).kind);
    assertEquals(Kind.REVIEW_STEP, v.items.get(1).kind);
    assertEquals("without a time, last", Kind.TASK, v.items.get(2).kind);

    assertEquals("第44次区政府常务会议", v.items.get(0).subject);
    assertEquals("POST /api/meetings/3/leave-requests/2/approve", v.items.get(0).act);
    assertEquals("关于新建第二中学的议题", v.items.get(1).subject);
    assertEquals("POST /api/topics/5/reviews/17/sign", v.items.get(1).act);
    assertEquals("F4", v.items.get(1).clause);
    assertEquals("完成校舍改造", v.items.get(2).subject);
    assertEquals("报告督办事项进展（已逾期）", v.items.get(2).what);
  }

  @Test
  public void inEnglishOnRequestAndErrataNamedAsSuch() {
    // rule: M3
    InboxItem e = item(Kind.MINUTES_SIGNATURE, Clause.M3, "2026-12-01T02:00:00Z");
    e.minutesId = 4L;
    e.erratumId = 6L;
    e.subject = "前政纪〔2026〕44号";
    Inbox.View v = Inbox.of(List.of(e), true, ids -> Map.of(), id -> Optional.empty());
    assertEquals("Sign the erratum", v.items.get(0).what);
    assertEquals("POST /api/minutes/4/errata/6/signature", v.items.get(0).act);
    assertEquals("/api/minutes/4", v.items.get(0).link);
    assertEquals("前政纪〔2026〕44号", v.items.get(0).subject);
  }

  @Test
  public void aPageListsTheNewestAndCountsEverythingThatWaits() {
    // rule: F4 — 1 200 steps wait: the page shows the newest 2, the counts all of them
    List<InboxItem> newest = new java.util.ArrayList<>();
    for (int n = 0; n < 3; n++) {
      InboxItem i = new InboxItem();
      i.kind = InboxItem.Kind.REVIEW_STEP;
      i.itemId = (long) n;
      i.topicId = (long) n;
      i.since = java.time.Instant.parse("2026-12-01T00:00:00Z").plusSeconds(n);
      newest.add(i);
    }
    Map<InboxItem.Kind, Integer> counts = new java.util.EnumMap<>(InboxItem.Kind.class);
    counts.put(InboxItem.Kind.REVIEW_STEP, 1200);
    Inbox.View v = Inbox.of(newest, counts, 2, false, ids -> Map.of(), id -> Optional.empty());
    assertEquals(1200, v.total);
    assertEquals(Integer.valueOf(1200), v.counts.get(InboxItem.Kind.REVIEW_STEP));
    assertEquals(2, v.items.size());
    assertEquals(Long.valueOf(2), v.items.get(0).topicId);
    assertEquals(Long.valueOf(1), v.items.get(1).topicId);
  }
}

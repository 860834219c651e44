package org.govmeeting.intake.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.RuleOverride;
import org.govmeeting.api.topic.TopicForm;
import org.junit.Test;

/** The mayor's exceptions hold for what they were granted for, and for nothing after it. */
public class OverrideBindingTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  private final Topics topics = new Topics(new FormJson());

  private TopicRecord filed() {
    TopicRecord t = new TopicRecord();
    t.id = 7;
    t.version = 1;
    t.meetingId = 44L;
    topics.fill(t, form("关于调整学区划分的议题"), "zhao.min", NOW);
    return t;
  }

  private static TopicForm form(String name) {
    TopicForm f = new TopicForm();
    f.name = name;
    f.leadUnitId = "EDUCATION";
    f.category = Category.MAJOR_MATTER;
    return f;
  }

  private static OverrideRecord granted(Clause c, TopicRecord t) {
    OverrideRecord o = new OverrideRecord();
    o.topicId = t.id;
    o.clause = c;
    o.grantedBy = "li.jianguo";
    o.grantedAt = Timestamp.from(NOW);
    o.reason = "学期开始前必须确定";
    o.topicVersion = t.version;
    o.formEdit = t.formEdits;
    o.meetingId = t.meetingId;
    return o;
  }

  // rule: S3 — the mayor's agreement holds for the form it was given on
  @Test
  public void s3LapsesWhenTheFormChangesNotWhenItIsWrittenUnchanged() {
    TopicRecord t = filed();
    OverrideRecord o = granted(Clause.S3, t);
    assertNull(o.lapse(t));
    topics.fill(t, form("关于调整学区划分的议题"), "zhao.min", NOW);
    assertNull("the same form written again is no edit", o.lapse(t));
    t.meetingId = 45L;
    assertNull("S3 is not bound to a meeting", o.lapse(t));
    topics.fill(t, form("关于调整学区划分及招生范围的议题"), "zhao.min", NOW);
    assertEquals(OverrideRecord.Lapse.FORM_EDITED, o.lapse(t));
    RuleOverride shown = TopicViews.override(o, t);
    assertFalse(shown.inForce);
    assertTrue(shown.lapsed, shown.lapsed.contains("重新作出例外处理"));
    assertEquals(1, shown.topicVersion);
    assertTrue(granted(Clause.S3, t).lapse(t) == null);
  }

  // rule: S7 — lifted for the meeting the topic was on, not for a later one
  @Test
  public void s7HoldsForItsMeetingOnly() {
    TopicRecord t = filed();
    OverrideRecord o = granted(Clause.S7, t);
    RuleOverride shown = TopicViews.override(o, t);
    assertTrue(shown.inForce);
    assertNull(shown.lapsed);
    assertEquals(Long.valueOf(44), shown.meetingId);
    t.meetingId = 45L;
    assertEquals(OverrideRecord.Lapse.OTHER_MEETING, o.lapse(t));
    t.meetingId = 44L;
    assertNull(o.lapse(t));
  }

  // rule: S8 — the mayor's "keep it for the meeting" is bound to the form too
  @Test
  public void s8LapsesWithAnEdit() {
    TopicRecord t = filed();
    OverrideRecord o = granted(Clause.S8, t);
    t.meetingId = null;
    assertNull(o.lapse(t));
    topics.fill(t, form("区长要求上会的议题（修改）"), "zhao.min", NOW);
    assertEquals(OverrideRecord.Lapse.FORM_EDITED, o.lapse(t));
  }
}

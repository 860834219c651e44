package org.govmeeting.minutes.internal;

import static org.govmeeting.testsupport.Stubs.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govmeeting.api.attendance.Attendance;
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.attendance.RosterEntry;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.meeting.LawStudy;
import org.govmeeting.api.meeting.Meeting;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Requirement;
import org.junit.Test;

/**
 * The body of the minutes as drafted from the record: the law study (T1), each item with its
 * decision and requirements (D3), the passages restricted to the participants (K3), and the lines
 * an erratum may not touch (I2).
 */
public class MinutesBodyTest {
  private static final Map<String, String> NAMES =
      Map.of(
          "li.jianguo",
          "李建国",
          "wang.hong",
          "王红",
          "sun.lei",
          "孙磊",
          "wei.dong",
          "魏东",
          "he.bin",
          "何斌");
  private static final Map<String, String> UNITS = Map.of("EDUCATION", "区教育局", "GANGWAN", "港湾街道");

  private LawStudy law;

  private final MinutesText text =
      new MinutesText(
          only(
              Directory.class,
              Map.of(
                  "zone",
                  a -> ZoneId.of("Asia/Shanghai"),
                  "person",
                  a -> {
                    Person p = new Person();
                    p.id = (String) a[0];
                    p.name = NAMES.get(p.id);
                    return Optional.ofNullable(p.name == null ? null : p);
                  },
                  "unit",
                  a -> {
                    Unit u = new Unit();
                    u.id = (String) a[0];
                    u.name = UNITS.get(u.id);
                    return Optional.ofNullable(u.name == null ? null : u);
                  })),
          only(MeetingPlanner.class, Map.of("lawStudy", a -> law)));

  private static Meeting meeting(String venue) {
    Meeting m = new Meeting();
    m.id = 46;
    m.number = 46;
    m.scheduledAt = Instant.parse("2027-03-01T01:00:00Z");
    m.venue = venue;
    m.convenedBy = "li.jianguo";
    return m;
  }

  private static RosterEntry entry(String id, RosterEntry.Kind kind, RosterEntry.State state) {
    RosterEntry e = new RosterEntry();
    e.personId = id;
    e.kind = kind;
    e.state = state;
    e.signedInAt = state == RosterEntry.State.SIGNED_IN ? Instant.EPOCH : null;
    return e;
  }

  private static Attendance attendance(RosterEntry... entries) {
    Attendance a = new Attendance();
    a.roster = new ArrayList<>(List.of(entries));
    return a;
  }

  private static Deliberation item(long topic, String title, Decision.Outcome outcome) {
    Deliberation d = new Deliberation();
    d.topicId = topic;
    d.title = title;
    d.reporterId = "wang.hong";
    if (outcome != null) {
      d.decision = new Decision();
      d.decision.outcome = outcome;
      d.decision.requirements = List.of();
    }
    return d;
  }

  private static String line(String text, String label) {
    for (String l : text.split("\n")) {
      if (l.startsWith(label)) {
        return l;
      }
    }
    throw new AssertionError("no line " + label + " in\n" + text);
  }

  private String compose(
      Meeting m, Attendance a, List<Deliberation> items, Set<Long> confidential) {
    return text.compose(m, a, List.of(), items, confidential);
  }

  @Test
  public void eachItemStatesItsDecisionRevisionsAndRequirementsWithUnitsAndDeadline_D3() {
    // rule: D3 — 形成会议决定，并就有关工作提出要求
    Deliberation d = item(1, "关于校园食堂管理办法的议题", Decision.Outcome.APPROVED_WITH_REVISIONS);
    d.decision.revisions = "由区教育局修改";
    Requirement q = new Requirement();
    q.what = "完成食堂改造";
    q.unitIds = List.of("EDUCATION", "NOWHERE");
    q.due = LocalDate.of(2027, 9, 1);
    d.decision.requirements = List.of(q);
    Deliberation second = item(2, "关于学前教育的议题", Decision.Outcome.NOT_APPROVED);
    String t = compose(meeting(null), attendance(), List.of(d, second), Set.of());
    assertTrue(t, t.contains("一、关于校园食堂管理办法的议题\n汇报：王红\n决定：原则通过，按会议意见修改完善后按程序报批\n"));
    assertEquals("修改意见：由区教育局修改", line(t, "修改意见："));
    assertEquals("要求：完成食堂改造（责任单位：区教育局、NOWHERE；完成时限：2027-09-01）", line(t, "要求："));
    assertTrue(t.contains("二、关于学前教育的议题\n汇报：王红\n决定：不予通过\n\n"));
    assertFalse("a decided open item is not restricted", t.contains(MinutesText.RESTRICTED_START));
    assertEquals("地点：", line(t, "地点："));
    assertFalse("no law study set", t.contains("会前集体学法"));
  }

  @Test
  public void everyOutcomeHasItsWording_D3() {
    // rule: D3 — the outcomes the minutes report
    assertEquals("原则通过", MinutesText.outcome(Decision.Outcome.APPROVED));
    assertEquals("不予通过", MinutesText.outcome(Decision.Outcome.NOT_APPROVED));
    assertEquals("暂缓研究", MinutesText.outcome(Decision.Outcome.DEFERRED));
  }

  @Test
  public void undecidedDeferredAndConfidentialItemsAreMarkedForTheParticipants_K3() {
    // rule: K3 — 会议未定事宜不得扩散；已经决定尚需保密的，不得对外泄露
    String t =
        compose(
            meeting("三楼"),
            attendance(),
            List.of(
                item(1, "甲", null),
                item(2, "乙", Decision.Outcome.DEFERRED),
                item(3, "丙", Decision.Outcome.APPROVED),
                item(4, "丁", Decision.Outcome.APPROVED)),
            Set.of(3L));
    assertTrue(
        t,
        t.contains(
            MinutesText.RESTRICTED_START + "\n一、甲\n汇报：王红\n决定：未作决定\n" + MinutesText.RESTRICTED_END));
    assertTrue(t.contains(MinutesText.RESTRICTED_START + "\n二、乙\n"));
    assertTrue(t.contains(MinutesText.RESTRICTED_START + "\n三、丙\n"));
    assertTrue(t.contains("\n四、丁\n"));
    assertFalse(t.contains(MinutesText.RESTRICTED_START + "\n四、丁\n"));
    String outside = MinutesText.withoutRestricted(t);
    assertFalse(outside.contains("甲"));
    assertFalse(outside.contains("乙"));
    assertFalse(outside.contains("丙"));
    assertTrue(outside.contains("四、丁\n汇报：王红\n决定：原则通过\n"));
    assertTrue(outside.startsWith("第46次区政府常务会议纪要\n"));
    assertEquals(
        "a\nb\n\n",
        MinutesText.withoutRestricted(
            "a\n" + MinutesText.RESTRICTED_START + "\nx\n" + MinutesText.RESTRICTED_END + "\nb\n"));
  }

  @Test
  public void aPassageIsRestrictedWhereAnyOfItLiesBetweenTheMarks_K3() {
    // rule: K3 — an erratum on a restricted passage stays with the participants
    String t =
        "公开\n" + MinutesText.RESTRICTED_START + "\n限阅\n" + MinutesText.RESTRICTED_END + "\n其后";
    int hidden = t.indexOf("限阅");
    assertTrue(MinutesText.restricted(t, hidden, hidden + 2));
    assertTrue("ends inside", MinutesText.restricted(t, 0, hidden + 1));
    assertFalse(MinutesText.restricted(t, 0, 2));
    assertFalse(MinutesText.restricted(t, t.indexOf("其后"), t.length()));
    assertTrue("the start of the hidden line", MinutesText.restricted(t, hidden, hidden + 1));
    assertFalse("the line before ends where the marker starts", MinutesText.restricted(t, 1, 2));
    assertTrue(
        "from the end of the hidden line", MinutesText.restricted(t, hidden + 2, hidden + 3));
    assertFalse("up to where the hidden line starts", MinutesText.restricted(t, 0, hidden));
  }

  @Test
  public void aPassageTouchingALineThatStatesADecisionIsFound_I2() {
    // rule: I2 — the decision lines (决定：, 修改意见：, 要求：) are never corrected by an erratum
    String t = "地点：三楼\n决定：原则通过\n修改意见：改\n要求：做（责任单位：甲）\n汇报：王红";
    int place = t.indexOf("三楼");
    assertFalse(MinutesText.touchesDecision(t, place, place + 2));
    assertTrue(
        "reaches into the decision", MinutesText.touchesDecision(t, place, t.indexOf("原则") + 1));
    assertTrue(MinutesText.touchesDecision(t, t.indexOf("原则"), t.indexOf("原则") + 2));
    assertTrue(MinutesText.touchesDecision(t, t.indexOf("改\n"), t.indexOf("改\n") + 1));
    assertTrue(MinutesText.touchesDecision(t, t.indexOf("甲"), t.indexOf("甲") + 1));
    int reporter = t.indexOf("王红");
    assertFalse(MinutesText.touchesDecision(t, reporter, reporter + 2));
    assertFalse("ends before the decision line", MinutesText.touchesDecision(t, 0, place));
    int decided = t.indexOf("决定");
    assertFalse(
        "up to where the decision line starts", MinutesText.touchesDecision(t, place, decided));
    String last = "决定：原则通过\n汇报：王红";
    int lineEnd = last.indexOf('\n');
    assertTrue(
        "from the end of the decision line",
        MinutesText.touchesDecision(last, lineEnd, lineEnd + 1));
  }

  @Test
  public void theLawStudyIsRecordedWithWhoLedAndWhoAttended_T1() {
    // rule: T1 — every meeting opens with a collective law study
    law = new LawStudy();
    law.subject = "《中华人民共和国行政复议法》";
    law.leaderId = "sun.lei";
    String t =
        compose(
            meeting("三楼"),
            attendance(
                entry("li.jianguo", RosterEntry.Kind.MEMBER, RosterEntry.State.SIGNED_IN),
                entry("wang.hong", RosterEntry.Kind.MEMBER, RosterEntry.State.EXPECTED)),
            List.of(),
            Set.of());
    assertEquals("会前集体学法：《中华人民共和国行政复议法》，由孙磊领学。参加：李建国", line(t, "会前集体学法："));
    assertEquals("地点：三楼", line(t, "地点："));
  }

  @Test
  public void aDelegateSitsInNamedForWhomAndTheExcusedAreListedMembersFirst_K1() {
    // rule: K1 — 委派其他负责人参加; members excused before other attendees
    RosterEntry delegate =
        entry("wei.dong", RosterEntry.Kind.DELEGATE, RosterEntry.State.SIGNED_IN);
    delegate.delegateFor = "he.bin";
    RosterEntry unnamed = entry("feng.jun", RosterEntry.Kind.DELEGATE, RosterEntry.State.SIGNED_IN);
    // only a delegate is written as standing for someone, whatever else an entry carries
    RosterEntry attendee =
        entry("li.jianguo", RosterEntry.Kind.ATTENDEE, RosterEntry.State.SIGNED_IN);
    attendee.delegateFor = "sun.lei";
    Attendance a =
        attendance(
            entry("he.bin", RosterEntry.Kind.ATTENDEE, RosterEntry.State.ON_LEAVE),
            entry("sun.lei", RosterEntry.Kind.MEMBER, RosterEntry.State.ON_LEAVE),
            delegate,
            unnamed,
            attendee);
    LeaveRequest early = new LeaveRequest();
    early.kind = LeaveRequest.Kind.EARLY_DEPARTURE;
    early.state = LeaveRequest.State.APPROVED;
    early.personId = "sun.lei";
    early.reason = "中途离场";
    LeaveRequest pending = new LeaveRequest();
    pending.kind = LeaveRequest.Kind.ABSENCE;
    pending.state = LeaveRequest.State.PENDING;
    pending.personId = "he.bin";
    pending.reason = "未批";
    String t = text.compose(meeting("三楼"), a, List.of(early, pending), List.of(), Set.of());
    assertEquals("列席：魏东（代何斌）、feng.jun、李建国", line(t, "列席："));
    assertEquals("请假：孙磊、何斌", line(t, "请假："));
    assertEquals(
        "主持：", line(text.compose(withoutChair(), a, List.of(), List.of(), Set.of()), "主持："));
  }

  private static Meeting withoutChair() {
    Meeting m = meeting("三楼");
    m.convenedBy = null;
    return m;
  }
}

package org.govmeeting.minutes.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Evidence.Kind;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.Minutes;
import org.govmeeting.api.minutes.MinutesStep;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.rule.Clause;

/**
 * The verdicts on what the meeting said and decided (D1–D3, I2) and on its minutes (M3), as
 * functions of the item's record and the minutes' steps, so each can be read against its clause and
 * tested without a database. What was said or decided is evidence for the participants only where
 * the item is restricted (K3); the reasons never carry it.
 */
final class MinutesVerdicts {
  private MinutesVerdicts() {}

  /** One topic of the meeting as the record has it. */
  record Item(long topicId, boolean onAgenda, boolean restricted, Deliberation record) {
    String link(long meetingId) {
      return "/api/deliberations/" + meetingId + "/" + topicId;
    }

    boolean decided() {
      return record != null && record.decision != null;
    }
  }

  private static ClauseCheck check(Clause c, Verdict v, Item i, String zh, String en) {
    return ClauseCheck.of(c, v, zh, en).topic(i.topicId());
  }

  /** A clause of the deliberation for a topic the meeting does not take (not listed, deferred). */
  private static ClauseCheck offAgenda(ComplianceScope s, Clause c, Item i) {
    boolean before = s.phase == ComplianceReport.Phase.BEFORE && !s.listed.contains(i.topicId());
    return check(
        c,
        before ? Verdict.PENDING : Verdict.NOT_APPLICABLE,
        i,
        before ? "议题尚未列入经区长审定的议题表" : "议题未列入本次会议议程（未列入议题表或顺延）",
        before
            ? "not yet on the approved list"
            : "not on this meeting's agenda (not listed, or moved on)");
  }

  // rule: D1 — the topic is reported within its time limit
  static ClauseCheck report(ComplianceScope s, Item i) {
    if (!i.onAgenda()) {
      return offAgenda(s, Clause.D1, i);
    }
    Deliberation d = i.record();
    if (d == null || d.reportStartedAt == null) {
      return check(Clause.D1, s.missing(null), i, "尚未汇报", "not reported yet");
    }
    Evidence e =
        Evidence.of(
            Kind.REPORT,
            "汇报" + minutes(d) + "分钟，限时" + d.timeLimitMinutes + "分钟",
            "reported for " + minutes(d) + " min, limit " + d.timeLimitMinutes,
            d.reporterId,
            d.reportStartedAt,
            i.link(s.meeting.id));
    return check(
            Clause.D1,
            d.overrun ? Verdict.NOT_MET : Verdict.MET,
            i,
            d.overrun ? "汇报超出限定时间" : "汇报在限定时间内",
            d.overrun ? "the report ran over its time limit" : "reported within the time limit")
        .with(e);
  }

  private static long minutes(Deliberation d) {
    Instant end = d.reportEndedAt == null ? d.reportStartedAt : d.reportEndedAt;
    return java.time.Duration.between(d.reportStartedAt, end).toMinutes();
  }

  // rule: D2 — everyone present states a position; silence is none
  static ClauseCheck positions(ComplianceScope s, Item i) {
    if (!i.onAgenda()) {
      return offAgenda(s, Clause.D2, i);
    }
    Deliberation d = i.record();
    List<Position> ps = d == null || d.positions == null ? List.of() : d.positions;
    List<String> awaiting = d == null || d.awaiting == null ? List.of() : d.awaiting;
    ClauseCheck c;
    if (ps.isEmpty()) {
      c = check(Clause.D2, s.missing(null), i, "尚无人表态", "no position stated yet");
    } else if (!awaiting.isEmpty() && !i.decided()) {
      c =
          check(
              Clause.D2,
              s.missing(null),
              i,
              awaiting.size() + "人尚未表态",
              awaiting.size() + " present have not stated a position");
    } else {
      c =
          check(
              Clause.D2,
              Verdict.MET,
              i,
              "在场人员均已表态（" + ps.size() + "人）",
              "everyone present stated a position (" + ps.size() + ")");
    }
    for (Position p : ps) {
      Evidence e =
          Evidence.of(
              Kind.POSITION,
              p.kind == Position.Kind.NO_OBJECTION ? "表态：无意见" : "表态：发表意见",
              p.kind == Position.Kind.NO_OBJECTION ? "position: no objection" : "position: opinion",
              p.personId,
              p.recordedAt,
              i.link(s.meeting.id));
      e.restricted = i.restricted();
      c.with(e);
    }
    return c;
  }

  // rule: D3 — the convener decides, drawing on the positions taken
  static ClauseCheck decision(ComplianceScope s, Item i) {
    if (!i.onAgenda()) {
      return offAgenda(s, Clause.D3, i);
    }
    if (!i.decided()) {
      return check(Clause.D3, s.missing(null), i, "尚未作出决定", "not decided yet");
    }
    Deliberation d = i.record();
    Decision x = d.decision;
    int none = 0;
    int opinions = 0;
    if (x.noObjections + x.opinions > 0) {
      // what the decision drew on when it was taken, as the record keeps it
      none = x.noObjections;
      opinions = x.opinions;
    } else {
      for (Position p : d.positions == null ? List.<Position>of() : d.positions) {
        none += p.kind == Position.Kind.NO_OBJECTION ? 1 : 0;
        opinions += p.kind == Position.Kind.OPINION ? 1 : 0;
      }
    }
    String by = x.entrustedBy == null ? "会议召集人" : "受区长委托的主持人";
    Evidence e =
        Evidence.of(
            Kind.DECISION,
            "决定："
                + x.outcome
                + (x.requirements == null ? "" : "，工作要求" + x.requirements.size() + "项"),
            "decision: " + x.outcome,
            x.decidedBy,
            x.decidedAt,
            i.link(s.meeting.id));
    e.restricted = i.restricted();
    return check(
            Clause.D3,
            Verdict.MET,
            i,
            by + "在" + none + "人无意见、" + opinions + "人发表意见的基础上作出决定",
            "decided by the "
                + (x.entrustedBy == null ? "convener" : "entrusted chair")
                + " on "
                + none
                + " no-objection(s) and "
                + opinions
                + " opinion(s)")
        .with(e);
  }

  // rule: I2 — a decision is never changed; revisions return through the procedure
  static ClauseCheck unchanged(ComplianceScope s, Item i) {
    if (!i.decided()) {
      return check(
              Clause.I2,
              i.onAgenda() && s.phase != ComplianceReport.Phase.AFTER
                  ? Verdict.PENDING
                  : Verdict.NOT_APPLICABLE,
              i,
              "尚无会议决定",
              "no decision taken")
          .aspect("决定不变", "decision unchanged");
    }
    Deliberation d = i.record();
    List<Long> revisions = d.revisedBy == null ? List.of() : d.revisedBy;
    ClauseCheck c;
    if (d.decision.outcome == Decision.Outcome.APPROVED_WITH_REVISIONS && revisions.isEmpty()) {
      c =
          check(
              Clause.I2,
              Verdict.PENDING,
              i,
              "会议要求修改，牵头部门尚未按程序重新报审",
              "revisions asked; the lead department has not filed the revised topic yet");
    } else {
      c =
          check(
              Clause.I2,
              Verdict.MET,
              i,
              revisions.isEmpty() ? "会议决定记录后未被更改" : "会议决定未被更改，修改按规定程序重新报审",
              revisions.isEmpty()
                  ? "the decision stands as recorded"
                  : "the decision stands; revisions filed through the procedure");
    }
    for (Long r : revisions) {
      c.with(
          Evidence.of(Kind.REVISION, "重新报审的议题", "the revised topic", null, null, "/api/topics/" + r)
              .id(r));
    }
    return c.aspect("决定不变", "decision unchanged");
  }

  /** The minutes' steps as M3 names them, in order. */
  private static final List<String[]> STEPS =
      List.of(
          new String[] {"OPINION", "征求汇报部门意见", "opinions of the reporting departments"},
          new String[] {"LEGAL_OK", "合法性审查", "legality review"},
          new String[] {"SIGNED", "区长签发", "signed by the mayor"},
          new String[] {"ISSUED", "印发", "issued"});

  /**
   * When the archive was due (the signature plus the Office's period), when its first edition was
   * gathered (null if not yet), and now.
   */
  record Filing(Instant dueBy, Instant firstArchivedAt, Instant now, java.time.ZoneId zone) {
    /** The day in the district's zone, as the Office reads a deadline. */
    String day(Instant at) {
      return at.atZone(zone).toLocalDate().toString();
    }

    boolean late() {
      return dueBy != null
          && (firstArchivedAt == null ? now.isAfter(dueBy) : firstArchivedAt.isAfter(dueBy));
    }
  }

  static ClauseCheck minutes(ComplianceScope s, Minutes m, Evidence archived) {
    return minutes(s, m, archived, null);
  }

  // rule: M3 — drafted, opinions, legality check, the mayor signs, issued, archived in time
  static ClauseCheck minutes(ComplianceScope s, Minutes m, Evidence archived, Filing filing) {
    if (m == null) {
      return ClauseCheck.of(
          Clause.M3,
          Verdict.PENDING,
          s.phase == ComplianceReport.Phase.AFTER ? "会议纪要尚未起草" : "会议结束后起草会议纪要",
          s.phase == ComplianceReport.Phase.AFTER
              ? "no minutes drafted yet"
              : "drafted after the meeting");
    }
    ClauseCheck c = new ClauseCheck();
    List<String> missing = new ArrayList<>();
    String link = "/api/minutes/" + m.id;
    c.with(
        Evidence.of(
                Kind.MINUTES,
                "起草纪要" + m.documentNumber,
                "drafted " + m.documentNumber,
                null,
                null,
                link)
            .id(m.id));
    for (String[] step : STEPS) {
      boolean done = false;
      for (MinutesStep st : m.steps == null ? List.<MinutesStep>of() : m.steps) {
        if (st.erratumId == null && step[0].equals(st.kind)) {
          done = true;
          c.with(Evidence.of(Kind.MINUTES, step[1], step[2], st.actorId, st.at, link));
        }
      }
      if (!done) {
        missing.add(step[1]);
      }
    }
    if (archived == null) {
      missing.add("归档");
    } else {
      c.with(archived);
    }
    if (filing != null && filing.late()) {
      String due = filing.day(filing.dueBy());
      return ClauseCheck.of(
              Clause.M3,
              Verdict.NOT_MET,
              filing.firstArchivedAt() == null
                  ? "归档逾期：应于" + due + "前归档，至今未归档"
                  : "归档逾期：应于" + due + "前归档，" + filing.day(filing.firstArchivedAt()) + "方归档",
              filing.firstArchivedAt() == null
                  ? "archive overdue: due by " + due + ", not gathered yet"
                  : "archived late: due by "
                      + due
                      + ", gathered "
                      + filing.day(filing.firstArchivedAt()))
          .with(c.evidence);
    }
    ClauseCheck v =
        missing.isEmpty()
            ? ClauseCheck.of(Clause.M3, Verdict.MET, "纪要已签发、印发并归档", "signed, issued and archived")
            : ClauseCheck.of(
                Clause.M3,
                Verdict.PENDING,
                "纪要尚待：" + String.join("、", missing),
                "the minutes still await: " + missing.size() + " step(s)");
    return v.with(c.evidence);
  }
}

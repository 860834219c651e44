package org.govmeeting.minutes.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.govmeeting.api.compliance.CheckedModule;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Lift;
import org.govmeeting.api.compliance.TopicCompliance;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.minutes.internal.print.CompliancePrint;
import org.govmeeting.minutes.internal.print.Dates;

/**
 * The compliance report in words for print: verdicts as the Office says them, people by name, times
 * as the district's calendar gives them. It prints the report it is given, which the report already
 * made for its reader (K3).
 */
final class CompliancePrinting {
  static final Map<Verdict, String> VERDICTS =
      Map.of(
          Verdict.MET, "符合",
          Verdict.NOT_MET, "不符合",
          Verdict.LIFTED, "区长例外处理",
          Verdict.PENDING, "尚待办理",
          Verdict.NOT_APPLICABLE, "不适用",
          Verdict.NOT_CHECKED, "未核查");

  private static final Map<ComplianceReport.Phase, String> PHASES =
      Map.of(
          ComplianceReport.Phase.BEFORE, "会前（筹备中）",
          ComplianceReport.Phase.IN_SESSION, "会中",
          ComplianceReport.Phase.AFTER, "会后",
          ComplianceReport.Phase.CANCELLED, "已取消");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private CompliancePrinting() {}

  static CompliancePrint of(ComplianceReport r, ZoneId zone, UnaryOperator<String> name) {
    CompliancePrint p = new CompliancePrint();
    p.number = r.number;
    p.asOf = when(r.asOf, zone);
    p.phase = PHASES.get(r.phase);
    p.policy = r.policyDistrict == null ? "（无生效的区规则）" : r.policyDistrict + " " + r.policyVersion;
    StringBuilder counts = new StringBuilder();
    for (Verdict v : Verdict.values()) {
      int n = r.counts.getOrDefault(v, 0);
      if (n > 0) {
        counts
            .append(counts.length() == 0 ? "" : "、")
            .append(VERDICTS.get(v))
            .append(n)
            .append("项");
      }
    }
    p.counts = counts.toString();
    for (CheckedModule m : r.modules) {
      if (!m.checked) {
        p.notChecked.add(m.module + "（" + m.reason + "）");
      }
    }
    r.meeting.forEach(c -> p.meeting.add(check(c, zone, name)));
    for (TopicCompliance t : r.topics) {
      CompliancePrint.Part part = new CompliancePrint.Part();
      part.title = (t.title == null ? "议题" + t.topicId : t.title) + (t.listed ? "" : "（未列入议题表）");
      t.checks.forEach(c -> part.checks.add(check(c, zone, name)));
      p.topics.add(part);
    }
    return p;
  }

  private static CompliancePrint.Check check(
      ClauseCheck c, ZoneId zone, UnaryOperator<String> name) {
    CompliancePrint.Check out = new CompliancePrint.Check();
    out.head =
        c.clause
            + (c.aspect == null ? "" : " " + c.aspect)
            + "："
            + VERDICTS.get(c.verdict)
            + (c.due == null ? "" : "（时限" + when(c.due, zone) + "）");
    out.reason = c.reason;
    Lift l = c.lift;
    if (l != null) {
      out.lift =
          name.apply(l.grantedBy)
              + "于"
              + when(l.grantedAt, zone)
              + "批准，理由："
              + l.reason
              + (l.topicVersion == null ? "" : "（议题第" + l.topicVersion + "版）")
              + (l.subject == null ? "" : "（" + l.subject + "）");
    }
    for (Evidence e : c.evidence) {
      String who =
          e.personName != null ? e.personName : e.personId == null ? null : name.apply(e.personId);
      out.evidence.add(
          (e.what == null ? "" : e.what)
              + (who == null ? "" : "｜" + who)
              + (e.at == null ? "" : "｜" + when(e.at, zone))
              + (e.link == null ? "" : "｜" + e.link));
    }
    return out;
  }

  static String when(Instant at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    return Dates.chinese(at.atZone(zone).toLocalDate()) + " " + TIME.format(at.atZone(zone));
  }
}

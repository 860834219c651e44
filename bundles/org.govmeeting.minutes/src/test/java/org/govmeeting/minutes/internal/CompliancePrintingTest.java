package org.govmeeting.minutes.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.govmeeting.api.compliance.CheckedModule;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Lift;
import org.govmeeting.api.compliance.TopicCompliance;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.minutes.internal.print.CompliancePrint;
import org.junit.Test;

public class CompliancePrintingTest {
  @Test
  public void theReportIsPutInTheOfficesWordsWithNamesAndLocalTimes() {
    ComplianceReport r = new ComplianceReport();
    r.number = 44;
    r.phase = ComplianceReport.Phase.AFTER;
    r.asOf = Instant.parse("2026-12-01T04:00:00Z");
    r.policyDistrict = "qianjin";
    r.policyVersion = "2021.3";
    r.counts.put(Verdict.MET, 2);
    r.counts.put(Verdict.LIFTED, 1);
    r.counts.put(Verdict.NOT_MET, 0);
    CheckedModule down = new CheckedModule();
    down.module = "supervision";
    down.reason = "该模块未运行，未能核查";
    r.modules.add(down);
    ClauseCheck quorum =
        ClauseCheck.of(Clause.C1, Verdict.MET, "达到法定人数", "quorate")
            .aspect("法定人数", "quorum")
            .with(
                Evidence.of(
                    Evidence.Kind.SIGN_IN,
                    "签到",
                    "signed in",
                    "li.jianguo",
                    Instant.parse("2026-12-01T00:50:00Z"),
                    "/api/meetings/7/attendance"));
    r.meeting.add(quorum);
    TopicCompliance t = new TopicCompliance();
    t.topicId = 5;
    t.listed = false;
    ClauseCheck s3 = ClauseCheck.of(Clause.S3, Verdict.LIFTED, "有分歧意见", "dissent").topic(5L);
    s3.lift = new Lift();
    s3.lift.grantedBy = "li.jianguo";
    s3.lift.grantedAt = Instant.parse("2026-11-28T02:00:00Z");
    s3.lift.reason = "时间紧迫";
    s3.lift.topicVersion = 1;
    t.checks.add(s3);
    r.topics.add(t);
    CompliancePrint p =
        CompliancePrinting.of(
            r, ZoneId.of("Asia/Shanghai"), id -> id.equals("li.jianguo") ? "李建国" : id);
    assertEquals("2026年12月1日 12:00", p.asOf);
    assertEquals("会后", p.phase);
    assertEquals("符合2项、区长例外处理1项", p.counts);
    assertEquals("supervision（该模块未运行，未能核查）", p.notChecked.get(0));
    assertEquals("C1 法定人数：符合", p.meeting.get(0).head);
    assertEquals(
        "签到｜李建国｜2026年12月1日 8:50｜/api/meetings/7/attendance", p.meeting.get(0).evidence.get(0));
    assertEquals("议题5（未列入议题表）", p.topics.get(0).title);
    String lift = p.topics.get(0).checks.get(0).lift;
    assertTrue(lift, lift.startsWith("李建国于2026年11月28日 10:00批准，理由：时间紧迫（议题第1版）"));
  }
}

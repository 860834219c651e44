package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class ComplianceLayoutTest {
  static CompliancePrint report() {
    CompliancePrint r = new CompliancePrint();
    r.number = 44;
    r.asOf = "2026年12月1日 12:00";
    r.phase = "会后";
    r.policy = "qianjin 2021.3";
    r.counts = "符合2项、不符合1项、区长例外处理1项";
    r.notChecked.add("supervision（该模块未运行，未能核查）");
    CompliancePrint.Check c1 = new CompliancePrint.Check();
    c1.head = "C1 法定人数：符合";
    c1.reason = "全体6名会议组成人员中出席4名，达到法定人数（开会时）";
    c1.evidence.add("签到｜李建国｜2026年12月1日 8:50｜/api/meetings/7/attendance");
    r.meeting.add(c1);
    CompliancePrint.Part t = new CompliancePrint.Part();
    t.title = "关于城中村改造安置的议题";
    CompliancePrint.Check s7 = new CompliancePrint.Check();
    s7.head = "S7：区长例外处理";
    s7.reason = "分管副区长孙磊请假，区长同意议题仍上会：由常务副区长代为听取";
    s7.lift = "李建国于2026年11月28日 10:00批准，理由：由常务副区长代为听取";
    t.checks.add(s7);
    CompliancePrint.Check d1 = new CompliancePrint.Check();
    d1.head = "D1：不符合";
    d1.reason = "汇报超出限定时间";
    d1.evidence.add("汇报40分钟，限时15分钟｜马强｜2026年12月1日 9:30");
    t.checks.add(d1);
    r.topics.add(t);
    r.printedAt = Instant.parse("2026-12-01T04:00:00Z");
    return r;
  }

  @Test
  public void theReportListsTheMeetingsClausesThenEachTopicsWithVerdictsLiftsAndEvidence()
      throws Exception {
    byte[] pdf = ComplianceLayout.render(report(), Samples.STYLE, Samples.ZONE);
    Samples.keep("compliance", pdf, 0);
    String flat = Samples.text(pdf).replaceAll("\\s+", "");
    String[] inOrder = {
      "前进区人民政府第44次常务会议合规审查报告",
      "审查时间：2026年12月1日12:00",
      "会议阶段：会后",
      "适用规则：qianjin2021.3",
      "审查结论：符合2项、不符合1项、区长例外处理1项",
      "未核查：supervision",
      "一、会议",
      "C1法定人数：符合",
      "依据：签到｜李建国",
      "二、议题：关于城中村改造安置的议题",
      "S7：区长例外处理",
      "例外：李建国于2026年11月28日10:00批准",
      "D1：不符合",
      "汇报超出限定时间"
    };
    int at = 0;
    for (String s : inOrder) {
      int i = flat.indexOf(s, at);
      assertTrue(s + " after position " + at + " in " + flat, i >= 0);
      at = i + s.length();
    }
  }

  @Test
  public void theReportIsValidPdfA2b() throws Exception {
    assertEquals(
        List.of(),
        Samples.pdfaProblems(ComplianceLayout.render(report(), Samples.STYLE, Samples.ZONE)));
  }
}

package org.govmeeting.minutes.internal.print;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.govmeeting.api.policy.PolicyDiff;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

/** The comparison of two policies printed for a district's legal office (issue 20, item 4). */
public class PolicyDiffLayoutTest {
  private static final Instant AT = Instant.parse("2026-12-04T02:30:00Z");

  static PolicyDiff diff() {
    PolicyDiff d = new PolicyDiff();
    d.a = "qianjin 2021.3";
    d.b = "dongfeng 2024.1";
    d.thresholds = List.of("quorum (C1) at 3 of 6: A yes, B no");
    d.thresholdsZh = List.of("法定人数（C1）6名组成人员中3名出席：甲可以开会，乙不可以");
    PolicyDiff.Case asset = new PolicyDiff.Case();
    asset.scenario = "资产处置（T8）";
    asset.stepsOnlyInB = List.of("2:AUDIT_HEAD/T8");
    PolicyDiff.Case urgent = new PolicyDiff.Case();
    urgent.scenario = "紧急议题未征求意见";
    urgent.blockedOnlyByA = List.of(Clause.S3);
    d.scenarios = List.of(asset, urgent);
    PolicyDiff.Case topic = new PolicyDiff.Case();
    topic.topicId = 17L;
    topic.scenario = "关于区属国有资产处置的议题";
    topic.stepsOnlyInB = List.of("2:AUDIT_HEAD/T8");
    d.topics = List.of(topic);
    return d;
  }

  @Test
  public void theLegalOfficeReadsEachDifferenceByThresholdClauseAndStep() throws Exception {
    byte[] pdf = PolicyDiffLayout.render(diff(), Samples.STYLE, AT, Samples.ZONE);
    Samples.keep("policy-diff", pdf, 0);
    String flat = Samples.text(pdf).replaceAll("\\s+", "");
    String[] inOrder = {
      "前进区人民政府审核规则比较",
      "规则甲：qianjin2021.3",
      "规则乙：dongfeng2024.1",
      "比较时间：2026年12月4日10:30",
      "比较结论：阈值不同1项，标准情形不同2项，本区议题不同1项",
      "一、阈值",
      "法定人数（C1）6名组成人员中3名出席：甲可以开会，乙不可以",
      "二、标准情形",
      "资产处置（T8）",
      "仅乙要求：2:AUDIT_HEAD/T8",
      "紧急议题未征求意见",
      "仅甲阻止：S3",
      "三、本区议题",
      "议题17：关于区属国有资产处置的议题",
      "仅乙要求：2:AUDIT_HEAD/T8"
    };
    int at = 0;
    for (String s : inOrder) {
      int i = flat.indexOf(s, at);
      assertTrue(s + " after position " + at + " in " + flat, i >= 0);
      at = i + s.length();
    }
  }

  @Test
  public void theComparisonIsValidPdfA2b() throws Exception {
    assertEquals(
        List.of(),
        Samples.pdfaProblems(PolicyDiffLayout.render(diff(), Samples.STYLE, AT, Samples.ZONE)));
  }
}

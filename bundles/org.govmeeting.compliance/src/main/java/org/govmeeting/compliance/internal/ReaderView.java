package org.govmeeting.compliance.internal;

import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.TopicCompliance;

/**
 * The report as one reader may see it (K3): what was said or decided on a confidential, undecided
 * or deferred item stays with the participants and the secretariat, as the deliberations do. Every
 * other reader of the report (the Office's staff) still sees that the record exists, who made it
 * and when, which is what the verdict rests on, but not what it says.
 */
final class ReaderView {
  static final String WITHHELD = "（内容限本次会议参会人员阅知）";
  static final String WITHHELD_ENGLISH = "(for the meeting's participants only, K3)";

  private ReaderView() {}

  // rule: K3 — undecided and confidential matters are not passed on
  static ComplianceReport withhold(ComplianceReport report) {
    report.meeting.forEach(ReaderView::withhold);
    for (TopicCompliance t : report.topics) {
      t.checks.forEach(ReaderView::withhold);
    }
    return report;
  }

  private static void withhold(ClauseCheck c) {
    for (Evidence e : c.evidence) {
      if (e.restricted) {
        e.what = WITHHELD;
        e.whatEnglish = WITHHELD_ENGLISH;
      }
    }
  }
}

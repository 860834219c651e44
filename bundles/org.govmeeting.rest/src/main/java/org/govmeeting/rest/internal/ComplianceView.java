package org.govmeeting.rest.internal;

import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.TopicCompliance;

/**
 * The compliance report in the caller's language: Chinese first; with {@code Accept-Language: en}
 * the words a reader reads ({@code reason}, {@code aspect}, {@code text}, {@code what}) are the
 * English ones. The {@code …English} fields stay English either way, for a portal that shows both.
 */
final class ComplianceView {
  private ComplianceView() {}

  static ComplianceReport in(ComplianceReport r, boolean english) {
    if (english) {
      r.meeting.forEach(ComplianceView::english);
      for (TopicCompliance t : r.topics) {
        t.checks.forEach(ComplianceView::english);
      }
      r.modules.forEach(m -> m.reason = m.reasonEnglish == null ? m.reason : m.reasonEnglish);
    }
    return r;
  }

  private static void english(ClauseCheck c) {
    c.reason = or(c.reasonEnglish, c.reason);
    c.aspect = or(c.aspectEnglish, c.aspect);
    c.text = or(c.textEnglish, c.text);
    for (Evidence e : c.evidence == null ? List.<Evidence>of() : c.evidence) {
      e.what = or(e.whatEnglish, e.what);
    }
  }

  private static String or(String english, String chinese) {
    return english == null ? chinese : english;
  }
}

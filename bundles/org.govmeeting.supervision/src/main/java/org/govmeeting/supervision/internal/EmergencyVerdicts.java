package org.govmeeting.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.Evidence;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.supervision.EmergencyDecision;

/**
 * How the emergency decisions a meeting hears were taken (S2), as a function of the decisions, so
 * it can be read against its clause and tested without a database: each countersigned by every
 * leader named, each by their own act, or reported orally to the leaders named. Whether the meeting
 * heard them is the planner's part of the report.
 */
final class EmergencyVerdicts {
  private EmergencyVerdicts() {}

  // rule: S2 — decided by countersignature (会签) of the leaders named, or by oral report
  static ClauseCheck howDecided(ComplianceScope s, List<EmergencyDecision> concerned) {
    if (concerned.isEmpty()) {
      return ClauseCheck.of(
              Clause.S2,
              Verdict.NOT_APPLICABLE,
              "没有须向本次会议报告的临机处置事项",
              "no emergency decision is due to be reported to this meeting")
          .aspect("会签与口头汇报", "how it was decided");
    }
    List<String> unsigned = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (EmergencyDecision d : concerned) {
      if (d.means == EmergencyDecision.Means.COUNTERSIGNATURE) {
        for (EmergencyDecision.Countersignature c : d.countersignatures) {
          evidence.add(
              Evidence.of(
                      Evidence.Kind.SIGNATURE,
                      "会签：" + d.what,
                      "countersigned: " + d.what,
                      c.personId,
                      c.signedAt,
                      "/api/emergency-decisions")
                  .id(d.id));
        }
        if (!d.countersigned) {
          List<String> missing = new ArrayList<>(d.countersignedBy);
          d.countersignatures.forEach(c -> missing.remove(c.personId));
          unsigned.add(d.what + "（待会签：" + String.join("、", missing) + "）");
        }
      } else {
        evidence.add(
            Evidence.of(
                    Evidence.Kind.EMERGENCY,
                    "口头汇报：" + d.what + "（听取人：" + String.join("、", d.heardBy) + "）",
                    "oral report: " + d.what + " (heard by " + String.join(", ", d.heardBy) + ")",
                    d.decidedBy,
                    d.decidedAt,
                    "/api/emergency-decisions")
                .id(d.id));
      }
    }
    ClauseCheck c =
        unsigned.isEmpty()
            ? ClauseCheck.of(
                Clause.S2,
                Verdict.MET,
                concerned.size() + "项临机处置事项均经会签或口头汇报作出，有记录可查",
                concerned.size() + " emergency decision(s), each countersigned or orally reported")
            : ClauseCheck.of(
                Clause.S2,
                s.missing(null),
                "会签尚未完成：" + String.join("；", unsigned),
                unsigned.size() + " emergency decision(s) not countersigned by every leader named");
    c.aspect("会签与口头汇报", "how it was decided");
    evidence.forEach(c::with);
    return c;
  }
}

package org.govmeeting.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.PolicyDiff;
import org.govmeeting.api.policy.StandardScenarios;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;

/** Where two policies disagree, computed from what each answers; nothing is read or written. */
final class PolicyDiffs {
  private PolicyDiffs() {}

  /** The thresholds and the standard scenarios; the topics are the caller's to add. */
  static PolicyDiff of(Policy a, Policy b) {
    PolicyDiff d = new PolicyDiff();
    d.a = a.district() + " " + a.version();
    d.b = b.district() + " " + b.version();
    List<String> t = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    if (!a.overridable().equals(b.overridable())) {
      t.add("liftable 原则上 clauses: A " + a.overridable() + ", B " + b.overridable());
      zh.add("区长可决定例外的“原则上”条款：甲 " + a.overridable() + "，乙 " + b.overridable());
    }
    if (a.materialsLeadDays() != b.materialsLeadDays()) {
      t.add(
          "materials lead days (M2): A " + a.materialsLeadDays() + ", B " + b.materialsLeadDays());
      zh.add("会议材料提前送达天数（M2）：甲 " + a.materialsLeadDays() + "天，乙 " + b.materialsLeadDays() + "天");
    }
    for (int all = 1; all <= 15; all++) {
      for (int present = 0; present <= all; present++) {
        boolean qa = a.quorate(present, all);
        boolean qb = b.quorate(present, all);
        if (qa != qb) {
          t.add(
              "quorum (C1) at "
                  + present
                  + " of "
                  + all
                  + ": A "
                  + (qa ? "yes" : "no")
                  + ", B "
                  + (qb ? "yes" : "no"));
          zh.add(
              "法定人数（C1）"
                  + all
                  + "名组成人员中"
                  + present
                  + "名出席：甲"
                  + (qa ? "可以" : "不可以")
                  + "开会，乙"
                  + (qb ? "可以" : "不可以"));
        }
      }
    }
    d.thresholds = t;
    d.thresholdsZh = zh;
    List<PolicyDiff.Case> scenarios = new ArrayList<>();
    for (Map.Entry<String, TopicFacts> e : StandardScenarios.all().entrySet()) {
      PolicyDiff.Case c = compare(a, b, e.getValue());
      if (c != null) {
        c.scenario = e.getKey();
        scenarios.add(c);
      }
    }
    d.scenarios = scenarios;
    return d;
  }

  /** What only one of the two would block or ask for on these facts; null if they agree. */
  static PolicyDiff.Case compare(Policy a, Policy b, TopicFacts f) {
    List<Clause> fa = clauses(a.check(f));
    List<Clause> fb = clauses(b.check(f));
    List<String> sa = DryRuns.plan(a, f);
    List<String> sb = DryRuns.plan(b, f);
    PolicyDiff.Case c = new PolicyDiff.Case();
    c.blockedOnlyByA = minus(fa, fb);
    c.blockedOnlyByB = minus(fb, fa);
    c.stepsOnlyInA = minus(sa, sb);
    c.stepsOnlyInB = minus(sb, sa);
    boolean same =
        c.blockedOnlyByA.isEmpty()
            && c.blockedOnlyByB.isEmpty()
            && c.stepsOnlyInA.isEmpty()
            && c.stepsOnlyInB.isEmpty();
    return same ? null : c;
  }

  private static List<Clause> clauses(List<Finding> findings) {
    return findings == null
        ? List.of()
        : findings.stream().filter(Objects::nonNull).map(x -> x.clause).distinct().toList();
  }

  private static <T> List<T> minus(List<T> x, List<T> y) {
    return x.stream().filter(v -> !y.contains(v)).toList();
  }
}

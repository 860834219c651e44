package org.govmeeting.compliance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.govmeeting.api.compliance.CheckedModule;
import org.govmeeting.api.compliance.ClauseCheck;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceScope;
import org.govmeeting.api.compliance.TopicCompliance;
import org.govmeeting.api.compliance.Verdict;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.topic.TopicSummary;

/**
 * Puts the modules' answers together into one report, so that every clause of the regulation is in
 * it: judged by the module that carries it, "not applicable" for a topic's clause when the meeting
 * has no topic, and "not checked" where its module is down, failed, or gave no verdict. Nothing is
 * left out silently.
 */
final class ReportAssembly {
  private ReportAssembly() {}

  static ComplianceReport assemble(
      ComplianceScope scope,
      Map<Long, TopicSummary> summaries,
      List<SourceAnswer> answers,
      String policyDistrict,
      String policyVersion) {
    ComplianceReport r = new ComplianceReport();
    r.meetingId = scope.meeting.id;
    r.number = scope.meeting.number;
    r.phase = scope.phase;
    r.asOf = scope.asOf;
    r.policyDistrict = policyDistrict;
    r.policyVersion = policyVersion;
    Map<Long, TopicCompliance> topics = new LinkedHashMap<>();
    for (Long id : scope.topicIds) {
      TopicCompliance t = new TopicCompliance();
      t.topicId = id;
      t.listed = scope.listed.contains(id);
      TopicSummary s = summaries.get(id);
      if (s != null) {
        t.title = s.name;
        t.status = s.status;
      }
      topics.put(id, t);
    }
    for (SourceAnswer a : answers) {
      r.modules.add(module(a));
      if (a.answered()) {
        take(a, r.meeting, topics);
        complete(a, r.meeting, topics);
      } else {
        notChecked(a, r.meeting, topics);
      }
    }
    everyClause(r.meeting, topics);
    r.meeting.sort(ORDER);
    for (TopicCompliance t : topics.values()) {
      t.checks.sort(ORDER);
      r.topics.add(t);
    }
    for (Verdict v : Verdict.values()) {
      r.counts.put(v, 0);
    }
    r.meeting.forEach(c -> r.counts.merge(c.verdict, 1, Integer::sum));
    r.topics.forEach(t -> t.checks.forEach(c -> r.counts.merge(c.verdict, 1, Integer::sum)));
    return r;
  }

  /** The regulation's clauses in its order, each clause's checks by module, district's last. */
  static final Comparator<ClauseCheck> ORDER =
      Comparator.comparing((ClauseCheck c) -> c.district)
          .thenComparingInt(ReportAssembly::rank)
          .thenComparing(c -> c.clause)
          .thenComparing(c -> c.source == null ? "" : c.source);

  private static int rank(ClauseCheck c) {
    try {
      return Clause.valueOf(c.clause).ordinal();
    } catch (IllegalArgumentException notOurs) {
      return Integer.MAX_VALUE;
    }
  }

  private static CheckedModule module(SourceAnswer a) {
    CheckedModule m = new CheckedModule();
    m.module = a.module;
    m.checked = a.answered();
    m.reason = a.failure;
    m.reasonEnglish = a.failureEnglish;
    Set<String> clauses = new TreeSet<>(Comparator.comparingInt(n -> Clause.valueOf(n).ordinal()));
    a.meetingClauses.forEach(c -> clauses.add(c.name()));
    a.topicClauses.forEach(c -> clauses.add(c.name()));
    m.clauses.addAll(clauses);
    return m;
  }

  /** The module's checks, each where it belongs, with the clause's words and the module's name. */
  private static void take(
      SourceAnswer a, List<ClauseCheck> meeting, Map<Long, TopicCompliance> topics) {
    for (ClauseCheck c : a.checks) {
      if (c == null || c.clause == null || c.verdict == null) {
        continue; // a check without clause or verdict says nothing; its clause is caught below
      }
      if (c.source == null) {
        c.source = a.module;
      }
      words(c);
      if (c.topicId == null) {
        meeting.add(c);
      } else if (topics.containsKey(c.topicId)) {
        topics.get(c.topicId).checks.add(c);
      }
    }
  }

  private static void words(ClauseCheck c) {
    if (c.district || c.text != null) {
      return;
    }
    try {
      Clause clause = Clause.valueOf(c.clause);
      c.text = clause.original();
      c.textEnglish = clause.reading();
    } catch (IllegalArgumentException notOurs) {
      c.district = true; // an ID the regulation does not have is the district's own
    }
  }

  /** What an answering module declared but gave no verdict on. */
  private static void complete(
      SourceAnswer a, List<ClauseCheck> meeting, Map<Long, TopicCompliance> topics) {
    for (Clause c : a.meetingClauses) {
      if (!judged(meeting, c, a.module)) {
        meeting.add(
            missing(
                c,
                Verdict.NOT_CHECKED,
                a.module,
                "模块" + a.module + "未对本条给出结论",
                a.module + " gave no verdict"));
      }
    }
    for (Clause c : a.topicClauses) {
      if (topics.isEmpty()) {
        if (!judged(meeting, c, a.module)) {
          meeting.add(
              missing(
                  c,
                  Verdict.NOT_APPLICABLE,
                  a.module,
                  "本次会议尚无议题，议题适用的条款无从核查",
                  "the meeting has no topic yet, so no topic's clause applies"));
        }
        continue;
      }
      for (TopicCompliance t : topics.values()) {
        if (!judged(t.checks, c, a.module)) {
          t.checks.add(
              missing(
                      c,
                      Verdict.NOT_CHECKED,
                      a.module,
                      "模块" + a.module + "未对本议题的本条给出结论",
                      a.module + " gave no verdict on this topic")
                  .topic(t.topicId));
        }
      }
    }
  }

  /** A module that is down or failed: each of its clauses, where it would have judged it. */
  private static void notChecked(
      SourceAnswer a, List<ClauseCheck> meeting, Map<Long, TopicCompliance> topics) {
    for (Clause c : a.meetingClauses) {
      meeting.add(missing(c, Verdict.NOT_CHECKED, a.module, a.failure, a.failureEnglish));
    }
    for (Clause c : a.topicClauses) {
      if (topics.isEmpty()) {
        meeting.add(missing(c, Verdict.NOT_CHECKED, a.module, a.failure, a.failureEnglish));
      }
      for (TopicCompliance t : topics.values()) {
        t.checks.add(
            missing(c, Verdict.NOT_CHECKED, a.module, a.failure, a.failureEnglish)
                .topic(t.topicId));
      }
    }
  }

  /** Every clause of the regulation is in the report, at least as not checked. */
  private static void everyClause(List<ClauseCheck> meeting, Map<Long, TopicCompliance> topics) {
    Set<Clause> seen = EnumSet.noneOf(Clause.class);
    meeting.forEach(c -> mark(seen, c));
    topics.values().forEach(t -> t.checks.forEach(c -> mark(seen, c)));
    for (Clause c : Clause.values()) {
      if (!seen.contains(c)) {
        meeting.add(
            missing(
                c,
                Verdict.NOT_CHECKED,
                null,
                "没有正在运行的模块核查本条",
                "no running module checks this clause"));
      }
    }
  }

  private static void mark(Set<Clause> seen, ClauseCheck c) {
    if (!c.district) {
      try {
        seen.add(Clause.valueOf(c.clause));
      } catch (IllegalArgumentException notOurs) {
        // the district's own
      }
    }
  }

  private static boolean judged(List<ClauseCheck> checks, Clause clause, String module) {
    for (ClauseCheck c : checks) {
      if (clause.name().equals(c.clause) && module.equals(c.source)) {
        return true;
      }
    }
    return false;
  }

  private static ClauseCheck missing(
      Clause clause, Verdict verdict, String module, String why, String whyEnglish) {
    ClauseCheck c = ClauseCheck.of(clause, verdict, why, whyEnglish);
    c.source = module;
    words(c);
    return c;
  }

  /** Where a meeting of this status stands. */
  static ComplianceReport.Phase phase(org.govmeeting.api.meeting.Meeting.Status status) {
    switch (status) {
      case IN_SESSION:
        return ComplianceReport.Phase.IN_SESSION;
      case CLOSED:
        return ComplianceReport.Phase.AFTER;
      case CANCELLED:
        return ComplianceReport.Phase.CANCELLED;
      default:
        return ComplianceReport.Phase.BEFORE;
    }
  }

  /** The approved list in its order, then every other topic a module knows, by id. */
  static List<Long> union(List<Long> listed, List<List<Long>> known) {
    Set<Long> others = new TreeSet<>();
    known.forEach(
        l -> l.stream().filter(id -> id != null && !listed.contains(id)).forEach(others::add));
    List<Long> out = new ArrayList<>(listed);
    out.addAll(others);
    return out;
  }
}

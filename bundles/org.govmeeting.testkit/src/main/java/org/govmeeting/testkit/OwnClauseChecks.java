package org.govmeeting.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.rule.Clause;
import org.govmeeting.api.rule.DistrictClause;

/**
 * What the platform relies on of the clauses a district names itself in its findings and steps
 * ({@link Finding#own}, {@link ReviewStep#own}): the regulation's clause beside each is the one it
 * rests on, each ID has one wording everywhere, and the compliance report judges every one of them
 * ({@link Policy#comply}), so that a rule which blocks a topic or asks for a signature can be found
 * in the report too.
 */
final class OwnClauseChecks {
  private final Map<String, DistrictClause> seen = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** One finding or step of a scenario: {@code clause} beside {@code own}. */
  void named(String scenario, DistrictClause own, Clause clause) {
    if (own == null) {
      return;
    }
    if (clause != null && clause != own.basis()) {
      add(
          scenario
              + ": "
              + own.id()
              + " rests on "
              + own.basis()
              + " but names "
              + clause
              + " beside it (build it with Finding(DistrictClause, …) or ReviewStep.under)");
    }
    DistrictClause before = seen.putIfAbsent(own.id(), own);
    if (before != null && !before.equals(own)) {
      add(own.id() + " is worded or based two ways: give each ID one DistrictClause constant");
    }
  }

  void scenario(String name, List<Finding> findings, List<ReviewStep> steps) {
    for (Finding f : findings == null ? List.<Finding>of() : findings) {
      if (f != null) {
        named(name, f.own, f.clause);
      }
    }
    for (ReviewStep s : steps == null ? List.<ReviewStep>of() : steps) {
      if (s != null) {
        named(name, s.own, s.clause);
      }
    }
  }

  /** The problems, each once; {@code judged} are the IDs the compliance report gives a verdict. */
  List<String> problems(java.util.Set<String> judged) {
    List<String> out = new ArrayList<>(problems);
    for (String id : seen.keySet()) {
      if (!judged.contains(id)) {
        out.add(
            id
                + " blocks topics or asks for signatures, but the compliance report never judges"
                + " it: add it to comply()");
      }
    }
    return out;
  }

  private void add(String problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  /** The clause as a person is shown it: the district's own ID, else the regulation's. */
  static String shown(Clause clause, DistrictClause own) {
    return own != null ? own.id() : Objects.toString(clause, null);
  }
}

package org.govmeeting.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govmeeting.api.policy.Finding;
import org.govmeeting.api.policy.Policy;
import org.govmeeting.api.policy.ReviewStep;
import org.govmeeting.api.policy.StandardScenarios;
import org.govmeeting.api.policy.TopicFacts;
import org.govmeeting.api.rule.Clause;

/**
 * Runs a district policy against standard scenario topics, reports what it finds and the chain it
 * builds for each, and checks the rules every policy must keep to be installed in the platform.
 */
public final class PolicyTestKit {
  private PolicyTestKit() {}

  /** The standard scenarios, by name ({@link StandardScenarios}). */
  public static Map<String, TopicFacts> scenarios() {
    return StandardScenarios.all();
  }

  /** One scenario's outcome. */
  public static final class Outcome {
    public final String scenario;
    public final List<Clause> findings;

    /**
     * The findings' clauses as people are shown them: a district's own ID where its policy names
     * one (e.g. DF-2), else the regulation's.
     */
    public final List<String> findingIds;

    public final List<ReviewStep> chain;

    Outcome(String scenario, List<Finding> checked, List<ReviewStep> chain) {
      this.scenario = scenario;
      List<Finding> all = checked == null ? List.of() : checked;
      this.findings =
          all.stream().map(f -> f == null ? null : f.clause).collect(Collectors.toList());
      this.findingIds =
          all.stream()
              .map(f -> f == null ? null : OwnClauseChecks.shown(f.clause, f.own))
              .collect(Collectors.toList());
      this.chain = chain;
    }

    /** The chain as text: {@code 1:LEAD_UNIT_HEAD/F4 2:FINANCE_HEAD/F5 ...}. */
    public String chainText() {
      return chain.stream().map(KitDryRun::key).collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
      return scenario
          + "\n  blocked by: "
          + (findingIds.isEmpty() ? "-" : findingIds)
          + "\n  chain:      "
          + chainText();
    }
  }

  /**
   * Runs every standard scenario through the policy. A {@code null} answer counts as none (and
   * {@link #problems} names it); a policy that throws stops the run with the scenario named.
   */
  public static List<Outcome> run(Policy policy) {
    List<Outcome> out = new ArrayList<>();
    for (Map.Entry<String, TopicFacts> e : scenarios().entrySet()) {
      List<Finding> checked = ask(e.getKey(), "check", () -> policy.check(e.getValue()));
      List<ReviewStep> chain = ask(e.getKey(), "chain", () -> policy.chain(e.getValue()));
      out.add(
          new Outcome(
              e.getKey(),
              checked,
              chain == null
                  ? List.of()
                  : chain.stream()
                      .filter(java.util.Objects::nonNull)
                      .collect(Collectors.toList())));
    }
    return out;
  }

  private static <T> T ask(String scenario, String method, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "the policy's " + method + " failed for the scenario \"" + scenario + "\": " + e, e);
    }
  }

  /** Where two policies disagree on one scenario: findings and steps only one of them has. */
  public static final class Difference {
    public final String scenario;

    /** Clause IDs as shown (a district's own, else the regulation's). */
    public final List<String> onlyAFinds;

    public final List<String> onlyBFinds;
    public final List<String> onlyASteps;
    public final List<String> onlyBSteps;

    Difference(Outcome a, Outcome b) {
      this.scenario = a.scenario;
      this.onlyAFinds = minus(a.findingIds, b.findingIds);
      this.onlyBFinds = minus(b.findingIds, a.findingIds);
      this.onlyASteps = minus(steps(a), steps(b));
      this.onlyBSteps = minus(steps(b), steps(a));
    }

    boolean any() {
      return !(onlyAFinds.isEmpty()
          && onlyBFinds.isEmpty()
          && onlyASteps.isEmpty()
          && onlyBSteps.isEmpty());
    }

    private static List<String> steps(Outcome o) {
      return List.of(o.chainText().isEmpty() ? new String[0] : o.chainText().split(" "));
    }

    private static <T> List<T> minus(List<T> a, List<T> b) {
      return a.stream().filter(x -> !b.contains(x)).distinct().collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return scenario
          + "\n  blocks only in A: "
          + onlyAFinds
          + ", only in B: "
          + onlyBFinds
          + "\n  steps only in A:  "
          + onlyASteps
          + ", only in B: "
          + onlyBSteps;
    }
  }

  /**
   * Where two policies disagree over the standard scenarios (a district's variant against the rules
   * it starts from), each scenario they disagree on once; empty if they agree everywhere. The
   * quorum, lead time and liftable clauses are compared too, as the first entries of {@link
   * #diffReport}.
   */
  public static List<Difference> diff(Policy a, Policy b) {
    List<Outcome> ra = run(a);
    List<Outcome> rb = run(b);
    List<Difference> out = new ArrayList<>();
    for (int i = 0; i < ra.size(); i++) {
      Difference d = new Difference(ra.get(i), rb.get(i));
      if (d.any()) {
        out.add(d);
      }
    }
    return out;
  }

  /** The differences as a district's legal office reads them, thresholds first. */
  public static String diffReport(Policy a, Policy b) {
    StringBuilder r =
        new StringBuilder("A: ")
            .append(a.district())
            .append(' ')
            .append(a.version())
            .append("   B: ")
            .append(b.district())
            .append(' ')
            .append(b.version())
            .append('\n');
    if (!a.overridable().equals(b.overridable())) {
      r.append("liftable (原则上): A ")
          .append(a.overridable())
          .append(", B ")
          .append(b.overridable())
          .append('\n');
    }
    if (a.materialsLeadDays() != b.materialsLeadDays()) {
      r.append("materials lead days (M2): A ")
          .append(a.materialsLeadDays())
          .append(", B ")
          .append(b.materialsLeadDays())
          .append('\n');
    }
    for (int all = 1; all <= 12; all++) {
      for (int present = 0; present <= all; present++) {
        if (a.quorate(present, all) != b.quorate(present, all)) {
          r.append("quorum (C1) differs at ")
              .append(present)
              .append(" of ")
              .append(all)
              .append(": A ")
              .append(a.quorate(present, all) ? "quorate" : "not")
              .append(", B ")
              .append(b.quorate(present, all) ? "quorate" : "not")
              .append('\n');
        }
      }
    }
    diff(a, b).forEach(d -> r.append(d).append('\n'));
    return r.toString();
  }

  /**
   * What the policy would have done with topics the district dealt with, beside what happened, as
   * the platform's dry-run answers it: the findings that would have blocked each (those the mayor
   * lifted for the topic and the policy lets him lift left out), the chain it would have built, and
   * the steps added to and removed from the real one. E.g. a district's new rules over the topics
   * of its last meeting, each {@link PastTopic#under} the rules then in force.
   */
  public static List<org.govmeeting.api.policy.DryRunTopic> dryRun(
      Policy policy, List<PastTopic> past) {
    return KitDryRun.dryRun(policy, past);
  }

  /** The report a district developer reads: every scenario's findings and chain. */
  public static String report(Policy policy) {
    StringBuilder b =
        new StringBuilder("Policy ")
            .append(policy.district())
            .append(' ')
            .append(policy.version())
            .append('\n');
    run(policy).forEach(o -> b.append(o).append('\n'));
    return b.toString();
  }

  /**
   * What the compliance report relies on of the district's own clauses ({@link Policy#comply}): the
   * same clauses for every topic, each with an ID the regulation does not use, its words and a
   * verdict with the reason, whether or not the topic has a chain yet.
   */
  static List<String> ownClauses(Policy policy, OwnClauseChecks named) {
    List<String> problems = new ArrayList<>();
    Set<String> judged = new java.util.TreeSet<>();
    Set<String> regulation = new java.util.HashSet<>();
    for (Clause c : Clause.values()) {
      regulation.add(c.name());
    }
    Set<String> first = null;
    for (Map.Entry<String, TopicFacts> e : scenarios().entrySet()) {
      Set<String> ids = new java.util.TreeSet<>();
      for (org.govmeeting.api.compliance.ClauseCheck c : policy.comply(e.getValue(), null)) {
        String where = e.getKey() + ": clause " + c.clause;
        if (c.clause == null || c.clause.isBlank() || regulation.contains(c.clause)) {
          problems.add(where + " needs an ID of the district's own, not one of rules.md");
        }
        if (c.verdict == null || c.reason == null || c.reason.isBlank()) {
          problems.add(where + " needs a verdict and its reason");
        }
        if (c.text == null || c.text.isBlank()) {
          problems.add(where + " needs its words (text)");
        }
        ids.add(String.valueOf(c.clause));
        judged.add(String.valueOf(c.clause));
      }
      if (first == null) {
        first = ids;
      } else if (!first.equals(ids)) {
        problems.add(
            e.getKey()
                + ": judges "
                + ids
                + ", another topic "
                + first
                + " (judge each for every topic)");
      }
    }
    problems.addAll(named.problems(judged));
    return problems;
  }

  private static void note(Map<String, List<String>> problems, String problem, String scenario) {
    List<String> where = problems.computeIfAbsent(problem, k -> new ArrayList<>());
    if (!where.contains(scenario)) {
      where.add(scenario);
    }
  }

  /**
   * Checks what the platform relies on; returns the problems found, none if the policy may be
   * installed. Each problem of the chains is reported once, with the scenarios it shows in.
   */
  public static List<String> problems(Policy policy) {
    List<String> problems = new ArrayList<>();
    if (policy.district() == null || !policy.district().matches("[a-z][a-z0-9-]*")) {
      problems.add("district must be a lower-case name, e.g. qianjin");
    }
    if (policy.version() == null || policy.version().isBlank()) {
      problems.add("version is required");
    }
    Set<Clause> liftable = policy.overridable();
    for (Clause c : liftable) {
      if (!c.inPrinciple()) {
        problems.add(c + " is not an 'in principle' (原则上) rule and cannot be made liftable");
      }
    }
    int lead = policy.materialsLeadDays();
    if (lead < 1 || lead > 7) {
      problems.add("materials lead time of " + lead + " days is outside 1-7 (M2)");
    }
    for (int all = 1; all <= 12; all++) {
      if (policy.quorate(0, all)) {
        problems.add("no members present cannot be a quorum (C1)");
        break;
      }
      if (!policy.quorate(all, all)) {
        problems.add("all " + all + " members present must be a quorum (C1)");
        break;
      }
    }
    Map<String, List<String>> byScenario = new LinkedHashMap<>();
    OwnClauseChecks named = new OwnClauseChecks();
    for (Map.Entry<String, TopicFacts> e : scenarios().entrySet()) {
      String name = e.getKey();
      List<Finding> checked = ask(name, "check", () -> policy.check(e.getValue()));
      List<ReviewStep> chain = ask(name, "chain", () -> policy.chain(e.getValue()));
      if (checked == null) {
        note(byScenario, "check answered null: answer an empty list when nothing blocks", name);
      } else if (checked.stream().anyMatch(f -> f == null || (f.clause == null && f.own == null))) {
        note(byScenario, "check answered a finding without its clause", name);
      }
      if (chain == null) {
        note(byScenario, "chain answered null: every topic needs a chain", name);
        continue;
      }
      if (chain.contains(null)) {
        note(byScenario, "chain holds a null step", name);
      }
      List<ReviewStep> steps = chain.stream().filter(java.util.Objects::nonNull).toList();
      named.scenario(name, checked, steps);
      if (steps.isEmpty()) {
        note(byScenario, "empty chain", name);
      }
      for (ReviewStep s : steps) {
        if (s.clause == null && s.own == null) {
          note(byScenario, "a step names no clause", name);
        }
        if (s.signer == null) {
          note(byScenario, "a step names no signer", name);
        } else if (s.signer == ReviewStep.Signer.ROLE && s.role == null) {
          note(byScenario, "a ROLE step names no role", name);
        }
        String signer = StepSigners.refusal(s);
        if (signer != null) {
          note(byScenario, signer, name);
        }
      }
      if (steps.stream().noneMatch(s -> s.signer == ReviewStep.Signer.SUPERVISOR)) {
        note(byScenario, "no supervising vice-mayor's signature (S1, F7)", name);
      }
      StepSigners.stageProblems(steps).forEach(p -> note(byScenario, p, name));
    }
    byScenario.forEach(
        (problem, where) -> problems.add(problem + " — in: " + String.join("; ", where)));
    problems.addAll(ownClauses(policy, named));
    for (Finding f : policy.check(scenarios().get("plain department work (T9)"))) {
      problems.add(
          "a plain, consulted topic is blocked by " + OwnClauseChecks.shown(f.clause, f.own));
    }
    return problems;
  }
}

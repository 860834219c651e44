package org.govmeeting.api.error;

import java.util.List;
import java.util.Objects;
import org.govmeeting.api.rule.Clause;

/** The request would break a clause of the regulation. The clause is always named. */
public class RuleViolationException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> findings;

  public RuleViolationException(Clause clause, String message) {
    super(message, Objects.requireNonNull(clause, "clause"));
    this.findings = List.of(new Violation(null, clause, null, message));
  }

  /** A clause broken, the message in both languages. */
  public RuleViolationException(Clause clause, String chinese, String english) {
    super(chinese, english, Objects.requireNonNull(clause, "clause"));
    this.findings = List.of(new Violation(null, clause, chinese, english));
  }

  /**
   * Every clause the request would break, at once; the first is the exception's own clause.
   *
   * @param findings at least one
   */
  public RuleViolationException(List<Violation> findings) {
    super(
        findings.get(0).chinese() == null ? null : join(findings, false),
        join(findings, true),
        Objects.requireNonNull(findings.get(0).clause(), "clause"));
    this.findings = List.copyOf(findings);
  }

  private static String join(List<Violation> all, boolean english) {
    StringBuilder out = new StringBuilder();
    for (Violation v : all) {
      if (out.length() > 0) {
        out.append(english ? "; " : "；");
      }
      out.append(v.clause()).append(english ? ": " : "：").append(v.message(english));
    }
    return out.toString();
  }

  /** Every clause broken, in the order found. */
  public List<Violation> findings() {
    return findings;
  }

  @Override
  public String title() {
    return "Rule " + clause().orElseThrow().name() + " violated";
  }
}

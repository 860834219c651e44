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
      out.append(v.clauseId()).append(english ? ": " : "：").append(v.message(english));
    }
    return out.toString();
  }

  /** Every clause broken, in the order found. */
  public List<Violation> findings() {
    return findings;
  }

  /**
   * The ID of the first clause broken, as a person is shown it: the district's own where its policy
   * names one.
   *
   * @since 1.5
   */
  public String clauseId() {
    return findings.get(0).clauseId();
  }

  /**
   * The district's own clause of the first finding, where its policy names one.
   *
   * @since 1.5
   */
  public java.util.Optional<org.govmeeting.api.rule.DistrictClause> districtClause() {
    return java.util.Optional.ofNullable(findings.get(0).own());
  }

  @Override
  public String title() {
    return "Rule " + clauseId() + " violated";
  }
}

package org.govmeeting.api.error;

import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.rule.Clause;

/**
 * Every problem of a request, gathered before any is reported, so that a caller learns all of them
 * at once instead of one per attempt. {@link #throwIfAny()} raises one {@link ValidationException}
 * that carries them all.
 */
public final class Violations {
  private final List<Violation> found = new ArrayList<>();

  /** Records a problem. */
  public Violations add(String field, Clause clause, String chinese, String english) {
    found.add(new Violation(field, clause, chinese, english));
    return this;
  }

  /**
   * Records that a required text is missing, if it is; {@code label} names the field for people
   * (议题名称).
   *
   * @return whether the value has text
   */
  public boolean require(String field, String value, Clause clause, String label) {
    if (value == null || value.isBlank()) {
      add(field, clause, label + "为必填项", field + " is required");
      return false;
    }
    return true;
  }

  /** Records that a required value is missing, if it is. */
  public boolean require(String field, Object value, Clause clause, String label) {
    if (value == null) {
      add(field, clause, label + "为必填项", field + " is required");
      return false;
    }
    return true;
  }

  /** Takes in the problems another check found. */
  public Violations addAll(List<Violation> more) {
    found.addAll(more);
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems found so far, in the order found. */
  public List<Violation> list() {
    return List.copyOf(found);
  }

  /**
   * @throws ValidationException carrying every problem found, if there is any
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}

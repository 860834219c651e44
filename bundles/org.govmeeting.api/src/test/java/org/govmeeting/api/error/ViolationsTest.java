package org.govmeeting.api.error;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

/** Every problem of a form is gathered and reported at once, each with its field and clause. */
public class ViolationsTest {
  @Test
  public void aMissingOrBlankTextIsOneProblemNamingItsFieldAndClause_F1() {
    // rule: F1 — the topic name is a required field of the form
    Violations v = new Violations();
    assertFalse(v.require("name", (String) null, Clause.F1, "议题名称"));
    assertFalse(v.require("name", "  ", Clause.F1, "议题名称"));
    assertTrue(v.require("name", "关于校园食堂管理办法的议题", Clause.F1, "议题名称"));
    List<Violation> found = v.list();
    assertEquals(2, found.size());
    assertEquals(new Violation("name", Clause.F1, "议题名称为必填项", "name is required"), found.get(0));
    assertEquals(found.get(0), found.get(1));
  }

  @Test
  public void aMissingValueIsAProblemAndAPresentOneIsNot_F2() {
    // rule: F2 — the reporter is required
    Violations v = new Violations();
    assertFalse(v.require("reporterId", (Object) null, Clause.F2, "汇报人"));
    assertTrue(v.require("reporterId", (Object) 3, Clause.F2, "汇报人"));
    assertEquals(
        List.of(new Violation("reporterId", Clause.F2, "汇报人为必填项", "reporterId is required")),
        v.list());
  }

  @Test
  public void problemsAreKeptInTheOrderFoundAndAddedFromOtherChecks() {
    Violations v = new Violations();
    assertTrue(v.isEmpty());
    Violation a = new Violation("a", Clause.P1, "甲", "a");
    Violation b = new Violation("b", Clause.P3, "乙", "b");
    assertSame(v, v.add("x", null, "丙", "x"));
    assertSame(v, v.addAll(List.of(a, b)));
    assertFalse(v.isEmpty());
    assertEquals(3, v.list().size());
    assertEquals(a, v.list().get(1));
    assertEquals(b, v.list().get(2));
  }

  @Test
  public void nothingIsThrownWithoutAProblemAndAllAreThrownTogether_P3() {
    // rule: P3 — every part of the explanation missing is reported in one answer
    Violations v = new Violations();
    v.throwIfAny();
    v.require("explanation.background", "", Clause.P3, "议题说明：背景、缘由");
    v.require("explanation.process", null, Clause.P3, "议题说明：研究、讨论的过程");
    try {
      v.throwIfAny();
      fail("two problems were not reported");
    } catch (ValidationException e) {
      assertEquals(2, e.violations().size());
      assertEquals("explanation.background", e.field());
      assertEquals(Clause.P3, e.clause().orElse(null));
    }
  }
}

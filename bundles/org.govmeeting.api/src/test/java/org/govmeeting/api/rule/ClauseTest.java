package org.govmeeting.api.rule;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.Test;

/** The clauses as the regulation words them: which are 原则上, what each says. */
public class ClauseTest {
  @Test
  public void aClauseIsInPrincipleOnlyWhereTheOriginalSaysSo_C3_S1_S3_S7_S8() {
    // rule: C3, S1, S3, S7, S8 — 原则上: the mayor may lift them, with a recorded reason
    Set<Clause> marked = EnumSet.noneOf(Clause.class);
    for (Clause c : Clause.values()) {
      if (c.inPrinciple()) {
        marked.add(c);
        assertTrue(
            c + " is marked 原则上 but its original does not say so", c.original().contains("原则上"));
      } else if (!c.original().contains("原则上")) {
        assertFalse(c + " is marked 原则上", c.inPrinciple());
      }
    }
    assertTrue(
        marked.containsAll(EnumSet.of(Clause.C3, Clause.S1, Clause.S3, Clause.S7, Clause.S8)));
    assertFalse("C1 always holds", Clause.C1.inPrinciple());
    assertFalse("S4 always holds", Clause.S4.inPrinciple());
  }

  @Test
  public void everyClauseCarriesItsOriginalAndAReading_C1() {
    // rule: C1 — 半数以上, as the original words it
    assertTrue(Clause.C1.original().contains("半数以上"));
    assertTrue(Clause.C1.reading().contains("at least half"));
    for (Clause c : Clause.values()) {
      assertFalse(c + " has no original", c.original().isBlank());
      assertFalse(c + " has no reading", c.reading().isBlank());
    }
  }
}

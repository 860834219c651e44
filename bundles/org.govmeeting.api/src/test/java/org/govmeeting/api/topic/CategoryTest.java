package org.govmeeting.api.topic;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.govmeeting.api.rule.Clause;
import org.junit.Test;

/** A topic's category is one of T2-T9, and each names its clause. */
public class CategoryTest {
  @Test
  public void eachCategoryIsTheOneItsClauseNames_T2_T9() {
    // rule: T2, T3, T4, T5, T6, T7, T8, T9 — the kinds of business a topic can be
    assertEquals(8, Category.values().length);
    assertEquals(Clause.T4, Category.NORMATIVE_DOCUMENT.clause());
    assertEquals(Category.NORMATIVE_DOCUMENT, Category.of(Clause.T4));
    assertEquals(Category.RELAY_AND_IMPLEMENT, Category.of(Clause.T2));
    assertEquals(Category.DEPARTMENT_WORK, Category.of(Clause.T9));
    for (Category c : Category.values()) {
      assertEquals(c, Category.of(c.clause()));
    }
  }

  @Test
  public void aClauseThatIsNoCategoryIsRefused_T1() {
    // rule: T1 — the law study opens every meeting; it is not a kind of topic
    for (Clause c : new Clause[] {Clause.T1, Clause.S4, Clause.F9}) {
      try {
        Category.of(c);
        fail(c + " was taken for a category");
      } catch (IllegalArgumentException e) {
        assertEquals(c + " is not a topic category", e.getMessage());
      }
    }
  }
}

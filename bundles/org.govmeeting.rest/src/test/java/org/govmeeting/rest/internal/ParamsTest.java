package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.topic.Category;
import org.govmeeting.api.topic.TopicStatus;
import org.junit.Test;

public class ParamsTest {
  private static ValidationException refused(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  public void pagingNumbersOutsideTheirRangeAreA400NamingTheParameterAndTheRange() {
    Paging p = new Paging();
    assertEquals(0, p.offset());
    assertEquals(Paging.DEFAULT_LIMIT, p.limit());
    p.offset = "2147483647";
    p.limit = "200";
    assertEquals(2147483647, p.offset());
    assertEquals(200, p.limit());
    for (String bad : new String[] {"2147483648", "99999999999", "-1", "1e3", "x", "1.5"}) {
      p.offset = bad;
      ValidationException e = refused(p::offset);
      assertEquals("offset", e.field());
      assertTrue(e.getMessage(), e.getMessage().contains("from 0 to 2147483647"));
    }
    p.offset = null;
    // Issue 16: limit=-5 silently became 1, limit=500 became 200; now both are refused.
    for (String bad : new String[] {"-5", "0", "201", "500", "ten"}) {
      p.limit = bad;
      ValidationException e = refused(p::limit);
      assertEquals("limit", e.field());
      assertTrue(e.getMessage(), e.getMessage().contains("from 1 to 200"));
    }
    assertNull(Params.id("meeting", ""));
    assertEquals(Long.valueOf(7), Params.id("meeting", "7"));
  }

  @Test
  public void unknownEnumValuesAreA400ListingTheAllowedOnes() {
    assertEquals(TopicStatus.DRAFT, Params.enumValue(TopicStatus.class, "status", "draft"));
    ValidationException e = refused(() -> Params.enumValue(TopicStatus.class, "status", "DRAFTED"));
    assertEquals("status", e.field());
    for (TopicStatus s : TopicStatus.values()) {
      assertTrue(e.getMessage(), e.getMessage().contains(s.name()));
    }
    assertEquals(Category.NORMATIVE_DOCUMENT, Params.category("T4"));
    assertEquals(Category.NORMATIVE_DOCUMENT, Params.category("normative_document"));
    ValidationException c = refused(() -> Params.category("T1"));
    assertEquals("category", c.field());
    assertTrue(c.getMessage(), c.getMessage().contains("NORMATIVE_DOCUMENT (T4)"));
  }

  @Test
  public void flagsAreTrueOrFalseAndNothingElse() {
    assertTrue(Params.flag("unacknowledged", "TRUE", false));
    assertFalse(Params.flag("unacknowledged", null, false));
    ValidationException e = refused(() -> Params.flag("unacknowledged", "yes", false));
    assertTrue(e.getMessage(), e.getMessage().contains("[true, false]"));
  }
}

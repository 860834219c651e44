package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.Test;

public class OutageTest {
  @Test
  public void englishOnlyWhenTheCallerPrefersIt() {
    assertFalse(Outage.english(null));
    assertFalse(Outage.english(List.of()));
    assertFalse(Outage.english(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)));
    assertTrue(Outage.english(List.of(Locale.forLanguageTag("en-US"))));
    assertTrue(Outage.english(List.of(new Locale("*"), Locale.ENGLISH)));
    assertFalse(Outage.english(List.of(Locale.GERMAN)));
  }

  @Test
  public void aModuleThatIsDownIsNamedWithWhatItLacks() {
    Problem p =
        Outage.module(
            List.of(Locale.ENGLISH),
            "tasks",
            List.of("org.govmeeting.api.supervision.SupervisionService"));
    assertEquals(503, p.status());
    String json = p.json();
    assertTrue(json, json.contains("urn:govmeeting:problem:module-unavailable"));
    assertTrue(json, json.contains("\"module\":\"tasks\""));
    assertTrue(json, json.contains("SupervisionService"));
    assertTrue(json, Outage.module(List.of(), "tasks", List.of("X")).json().contains("模块不可用"));
  }

  @Test
  public void thePathsFirstSegmentNamesTheResource() {
    assertEquals("topics", Modules.firstSegment("topics/5/reviews"));
    assertEquals("topics", Modules.firstSegment("/topics"));
    assertEquals("", Modules.firstSegment(null));
  }
}

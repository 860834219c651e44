package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/** The seeded Qianjin directory as a user browses it. */
public class DirectoryIT extends PlatformTestSupport {

  @Test
  public void theDistrictIsSeeded() {
    JsonNode people = http.get("people", "xie.yu").json();
    assertTrue(people.size() >= 30);
    assertEquals(1, http.get("people?role=MAYOR", "xie.yu").json().size());
    assertTrue(http.get("people?role=VICE_MAYOR", "xie.yu").json().size() >= 4);
    assertTrue(http.get("units?kind=DEPARTMENT", "xie.yu").json().size() >= 8);
    assertTrue(http.get("units?kind=SUBDISTRICT", "xie.yu").json().size() >= 3);
    assertEquals(4, http.get("units?kind=BUREAU", "xie.yu").json().size());
  }

  @Test
  public void unitsShowWhoSupervisesThem() {
    JsonNode finance = http.get("units/FINANCE", "xie.yu").json();
    assertEquals("区财政局", finance.get("name").asText());
    assertEquals("wang.hong", finance.get("supervisorId").asText());
    JsonNode portfolio = http.get("units?supervisor=zhao.min", "xie.yu").json();
    assertTrue(portfolio.toString().contains("EDUCATION"));
  }

  @Test
  public void membersAndRegularAttendeesAreMarked() {
    // rule: C1 (members) and C2 (regular attendees) as the directory marks them
    JsonNode mayor = http.get("people/li.jianguo", "xie.yu").json();
    assertTrue(mayor.get("member").asBoolean());
    JsonNode finance = http.get("people/huang.tao", "xie.yu").json();
    assertTrue(finance.get("regularAttendee").asBoolean());
    JsonNode justice = http.get("people/xu.li", "xie.yu").json();
    assertTrue(!justice.get("regularAttendee").asBoolean() && !justice.get("member").asBoolean());
  }

  @Test
  public void everySeededPersonCanSignIn() {
    List<String> failed = new ArrayList<>();
    for (JsonNode p : http.get("people", "li.jianguo").json()) {
      String id = p.get("id").asText();
      if (id.equals("zhu.ke") || p.hasNonNull("account")) {
        continue; // added by another test, with no account of etc/users.properties
      }
      Answer a = http.get("me", id);
      if (a.status != 200 || !a.json().at("/person/id").asText().equals(id)) {
        failed.add(id + " " + a.status);
      }
    }
    assertTrue("demo accounts that do not work: " + failed, failed.isEmpty());
  }
}

package org.govmeeting.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.itests.Http.Answer;
import org.junit.Test;

/**
 * Filing a topic without trial and error (issue 16, item 3): the form says what it asks and why,
 * and a submission that lacks several things is refused once, naming all of them.
 */
public class FormIT extends PlatformTestSupport {

  @Test
  public void theFormDescribesEveryFieldWithItsRuleAndTheCategoriesByName() {
    // rule: F1 F2 T3
    Answer zh = http.get("topics/form", "xie.yu");
    assertEquals(zh.toString(), 200, zh.status);
    JsonNode reporter = null;
    for (JsonNode f : zh.json().get("fields")) {
      if (f.get("field").asText().equals("reporterId")) {
        reporter = f;
      }
    }
    assertEquals("汇报人", reporter.get("label").asText());
    assertEquals("F2", reporter.get("clause").asText());
    assertEquals("submission", reporter.get("required").asText());
    JsonNode t3 = zh.json().get("categories").get(1);
    assertEquals("T3", t3.get("code").asText());
    assertEquals("MAJOR_MATTER", t3.get("name").asText());
    assertTrue(t3.get("clauseText").asText().contains("重要事项"));
    Answer en =
        http.send(
            "GET",
            "topics/form",
            "xie.yu",
            Http.DEMO_PASSWORD,
            null,
            null,
            "Accept-Language",
            "en");
    assertEquals("Topic name", en.json().get("fields").get(0).get("label").asText());
  }

  @Test
  public void aSubmissionLackingFourThingsIsRefusedOnceNamingAllOfThem() {
    // rule: F2 P1 P3 S3 — one refusal lists every problem, each at its field, in Chinese
    ObjectNode form = Scenario.JSON.createObjectNode();
    form.put("name", "关于农贸市场提档升级的议题");
    form.put("category", "T3");
    ObjectNode c = form.putArray("consultations").addObject();
    c.put("unitId", "FINANCE");
    c.put("answer", "DISAGREE");
    long topic = new Scenario(http).create("xie.yu", form);
    Answer refused = new Scenario(http).submit("xie.yu", topic);
    assertProblem(refused, 400, null);
    List<String> fields = new ArrayList<>();
    for (JsonNode e : refused.json().get("errors")) {
      fields.add(e.path("field").asText("(policy)"));
      assertTrue(e.toString(), e.hasNonNull("message"));
    }
    for (String wanted :
        List.of(
            "reporterId",
            "implementationOpinion",
            "explanation",
            "consultations[0].opinion",
            "consultations[0].solution")) {
      assertTrue(wanted + " not among " + fields, fields.contains(wanted));
    }
    assertTrue(
        "the policy's S3 finding on the dissent too: " + fields, fields.contains("(policy)"));
    assertEquals("填写有误", refused.json().get("title").asText());
    assertEquals(
        "a refused submission changes nothing",
        "DRAFT",
        new Scenario(http).status(topic, "xie.yu"));
  }
}

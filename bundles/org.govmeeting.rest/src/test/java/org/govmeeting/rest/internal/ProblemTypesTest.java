package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import org.junit.Test;

/** Issue 16: a 404 and a 415 answered type about:blank while every other problem had a URN. */
public class ProblemTypesTest {
  private static String type(Problem p) {
    String json = p.json();
    return json.substring(
        json.indexOf("\"type\":\"") + 8, json.indexOf("\",", json.indexOf("\"type\"")));
  }

  @Test
  public void theRuntimesOwnErrorsHaveATypeOfTheOneScheme() {
    ProblemMapper mapper = new ProblemMapper();
    assertEquals("urn:govmeeting:problem:not-found", type(mapper.problem(new NotFoundException())));
    assertEquals(
        "urn:govmeeting:problem:unsupported-media-type",
        type(mapper.problem(new NotSupportedException())));
    assertEquals(
        "urn:govmeeting:problem:not-found",
        type(mapper.problem(new org.govmeeting.api.error.NotFoundException("topic", "1"))));
  }

  @Test
  public void jettysOwnErrorsToo() {
    assertEquals("urn:govmeeting:problem:uri-too-long", type(JettyProblems.problem(414)));
    assertEquals("urn:govmeeting:problem:headers-too-large", type(JettyProblems.problem(431)));
    assertEquals("urn:govmeeting:problem:bad-request", type(JettyProblems.problem(400)));
    assertEquals("urn:govmeeting:problem:http-418", type(JettyProblems.problem(418)));
    for (int status = 400; status < 600; status++) {
      assertTrue(type(JettyProblems.problem(status)).matches("urn:govmeeting:problem:[a-z0-9-]+"));
    }
  }
}

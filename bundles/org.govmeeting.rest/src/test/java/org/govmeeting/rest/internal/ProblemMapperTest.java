package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.Response;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.rule.Clause;
import org.junit.Test;

public class ProblemMapperTest {
  private final ProblemMapper mapper = new ProblemMapper();

  @Test
  public void ruleViolationNamesTheClause() {
    // rule: S5 — a violation of any clause carries its ID to the client
    Problem p =
        mapper.problem(new RuleViolationException(Clause.S5, "needs the Finance Bureau's review"));
    assertEquals(409, p.status());
    String json = p.json();
    assertTrue(json, json.contains("\"clause\":\"S5\""));
    assertTrue(json, json.contains("\"title\":\"不符合会议制度（S5）\""));
    assertTrue(json, json.contains("urn:govmeeting:problem:rule-violation"));
    String en =
        mapper
            .problem(
                new RuleViolationException(Clause.S5, "needs the Finance Bureau's review"),
                java.util.List.of(java.util.Locale.ENGLISH))
            .json();
    assertTrue(en, en.contains("\"title\":\"Rule S5 violated\""));
    assertTrue(en, en.contains(Clause.S5.reading()));
  }

  @Test
  public void aDistrictsOwnClauseIsShownWithItsIdAndWordsAndTheRegulationsBesideIt() {
    // rule: S3 — Dongfeng's DF-2 is a stricter S3: problems name DF-2, with S3 as its basis
    org.govmeeting.api.rule.DistrictClause df2 =
        new org.govmeeting.api.rule.DistrictClause(
            "DF-2", "东风区：每个议题须达成一致。", "Dongfeng: every topic is agreed", Clause.S3);
    RuleViolationException e =
        new RuleViolationException(
            java.util.List.of(
                new org.govmeeting.api.error.Violation(
                    null, Clause.S3, "须达成一致", "must be agreed", df2),
                new org.govmeeting.api.error.Violation(null, Clause.S4, "须公开征求意见", "consult")));
    String zh = mapper.problem(e, java.util.List.of()).json();
    assertTrue(zh, zh.contains("\"title\":\"不符合本区规定（DF-2）\""));
    assertTrue(zh, zh.contains("\"clause\":\"DF-2\",\"clauseText\":\"东风区：每个议题须达成一致。\""));
    assertTrue(zh, zh.contains("\"basis\":\"S3\",\"basisText\":\"" + Clause.S3.original()));
    assertTrue(zh, zh.contains("\"clause\":\"S4\",\"clauseText\":\"" + Clause.S4.original()));
    assertTrue(zh, zh.contains("DF-2：须达成一致；S4：须公开征求意见"));
    String en = mapper.problem(e, java.util.List.of(java.util.Locale.ENGLISH)).json();
    assertTrue(en, en.contains("\"title\":\"Rule DF-2 violated\""));
    assertTrue(en, en.contains("\"clauseText\":\"Dongfeng: every topic is agreed\""));
  }

  @Test
  public void everyProblemOfABodyIsListedInTheCallersLanguage() {
    // rule: F2 P1 — all problems at once, each with field, clause and message
    org.govmeeting.api.error.Violations v = new org.govmeeting.api.error.Violations();
    v.require("reporterId", (String) null, Clause.F2, "汇报人");
    v.add("implementationOpinion", Clause.P1, "须报送实施意见", "the implementation opinion is required");
    ValidationException e;
    try {
      v.throwIfAny();
      throw new AssertionError("nothing thrown");
    } catch (ValidationException thrown) {
      e = thrown;
    }
    String zh = mapper.problem(e, java.util.List.of()).json();
    assertTrue(zh, zh.contains("\"title\":\"填写有误\""));
    assertTrue(zh, zh.contains("\"field\":\"reporterId\",\"clause\":\"F2\""));
    assertTrue(zh, zh.contains("\"message\":\"汇报人为必填项\""));
    assertTrue(zh, zh.contains("\"field\":\"implementationOpinion\",\"clause\":\"P1\""));
    assertTrue(zh, zh.contains("\"detail\":\"共2处问题"));
    String en = mapper.problem(e, java.util.List.of(java.util.Locale.ENGLISH)).json();
    assertTrue(en, en.contains("\"message\":\"reporterId is required\""));
    assertTrue(en, en.contains("\"title\":\"Invalid input\""));
  }

  @Test
  public void validationNamesTheFieldAndClause() {
    // rule: P3 — an over-long topic explanation is refused naming field and clause
    Problem p =
        mapper.problem(
            new ValidationException("explanation", "at most 2000 characters", Clause.P3));
    assertEquals(400, p.status());
    assertTrue(p.json().contains("\"field\":\"explanation\""));
    assertTrue(p.json().contains("\"clause\":\"P3\""));
  }

  /** Jetty's exception for a connection the client closed, by the name the mapper knows it. */
  static final class EofException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    EofException() {
      super("Closed");
    }
  }

  @Test
  public void aClientThatHungUpIsNotAnIncident() {
    Problem gone =
        mapper.problem(new RuntimeException("Could not send Message.", new EofException()));
    assertEquals(499, gone.status());
    assertEquals(
        499, mapper.problem(new java.io.IOException("java.io.IOException: Broken pipe")).status());
    assertEquals(500, mapper.problem(new java.io.IOException("disk full")).status());
  }

  @Test
  public void eachKindHasItsStatus() {
    assertEquals(409, mapper.problem(new ConflictException("signed")).status());
    assertEquals(403, mapper.problem(new AccessDeniedException("no")).status());
    assertEquals(503, mapper.problem(new UnavailableException("no policy")).status());
    assertEquals(
        404, mapper.problem(new org.govmeeting.api.error.NotFoundException("topic", "7")).status());
    assertEquals(404, mapper.problem(new NotFoundException()).status());
    assertEquals(405, mapper.problem(new NotAllowedException("GET")).status());
  }

  @Test
  public void unexpectedErrorsRevealNothing() {
    Response r = mapper.toResponse(new IllegalStateException("secret internals at line 42"));
    assertEquals(500, r.getStatus());
    assertEquals("application/problem+json;charset=UTF-8", r.getMediaType().toString());
    String body = (String) r.getEntity();
    assertFalse(body, body.contains("secret"));
    assertFalse(body, body.contains("IllegalStateException"));
    assertTrue(body, body.contains("\"incident\""));
  }

  @Test
  public void problemJsonIsEscaped() {
    String json = new Problem(400, "x", "t", "quote \" backslash \\ newline \n tab \t").json();
    assertEquals(
        "{\"type\":\"urn:govmeeting:problem:x\",\"title\":\"t\",\"status\":400,"
            + "\"detail\":\"quote \\\" backslash \\\\ newline \\n tab \\t\"}",
        json);
  }

  @Test
  public void aLockConflictTheDatabaseRolledBackIs503WithRetryAfter() {
    RuntimeException e =
        new RuntimeException(
            "flush failed",
            new java.sql.SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1"));
    Problem p = mapper.problem(e);
    assertEquals(503, p.status());
    assertEquals("1", p.toResponse().getHeaderString("Retry-After"));
    assertTrue(p.json(), !p.json().contains("lock could not"));
  }

  @Test
  public void anOptimisticLockFailureIs409() {
    class OptimisticLockException extends RuntimeException {}
    assertEquals(409, mapper.problem(new RuntimeException(new OptimisticLockException())).status());
  }

  /** Stands for Jetty's exception of the same simple name, which the mapper finds by name. */
  public static class BadMessageException extends RuntimeException {
    public BadMessageException() {
      super("408: Request content data rate < 2048 B/s");
    }

    public int getCode() {
      return 408;
    }
  }

  @Test
  public void aBodyCutOffForBeingTooSlowIs408NotAnIncident() {
    Problem p =
        new ProblemMapper()
            .problem(new RuntimeException(new java.io.IOException(new BadMessageException())));
    org.junit.Assert.assertEquals(408, p.status());
    org.junit.Assert.assertFalse(p.json(), p.json().contains("incident"));
  }
}

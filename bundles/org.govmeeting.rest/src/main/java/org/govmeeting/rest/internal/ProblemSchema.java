package org.govmeeting.rest.internal;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.List;
import org.govmeeting.api.rule.Clause;

/**
 * The {@code Problem} schema of the API description: the members {@link Problem} writes (RFC 9457
 * and ours), with the clauses of the regulation as the values {@code clause} can take.
 */
final class ProblemSchema {
  private ProblemSchema() {}

  @SuppressWarnings({"rawtypes", "unchecked"})
  static Schema schema() {
    List<String> clauses = new ArrayList<>();
    for (Clause c : Clause.values()) {
      clauses.add(c.name());
    }
    Schema s =
        new ObjectSchema()
            .description(
                "问题 An RFC 9457 problem. `type` is one URN of the scheme"
                    + " `urn:govmeeting:problem:<kind>` for every problem the platform answers,"
                    + " whatever layer found it (the server, the access filter, a resource).")
            .addRequiredItem("type")
            .addRequiredItem("title")
            .addRequiredItem("status");
    s.addProperties(
        "type",
        new StringSchema()
            .pattern("^urn:govmeeting:problem:[a-z0-9-]+$")
            .description(
                "What kind of problem: invalid, not-found, rule-violation, conflict, forbidden,"
                    + " unauthenticated, locked-out, login-unavailable, precondition-required,"
                    + " precondition-failed,"
                    + " method-not-allowed, unsupported-media-type, payload-too-large,"
                    + " storage-unavailable, module-unavailable, busy, internal …")
            .example("urn:govmeeting:problem:rule-violation"));
    s.addProperties(
        "title",
        new StringSchema()
            .description("Short, the same for every problem of the kind")
            .example("Rule violation"));
    s.addProperties(
        "status",
        new IntegerSchema()
            .minimum(java.math.BigDecimal.valueOf(400))
            .maximum(java.math.BigDecimal.valueOf(599))
            .example(409));
    s.addProperties("detail", new StringSchema().description("What went wrong with this request"));
    s.addProperties("instance", new StringSchema().description("The request path, where given"));
    s.addProperties("clause", clauseId(clauses));
    s.addProperties("clauseText", new StringSchema().description("The clause, as it reads"));
    s.addProperties("basis", basis(clauses));
    s.addProperties("basisText", new StringSchema().description("The basis, as it reads"));
    s.addProperties(
        "field",
        new StringSchema()
            .description(
                "The body field, parameter or header at fault, e.g. explanation.background")
            .example("explanation.background"));
    s.addProperties(
        "incident",
        new StringSchema()
            .format("uuid")
            .description("With 500: the ID under which the log has the failure"));
    s.addProperties(
        "requestId",
        new StringSchema()
            .description("The call's id, as X-Request-Id answered it: what to quote to support"));
    Schema error =
        new ObjectSchema().description("One problem of the request").addRequiredItem("message");
    error.addProperties(
        "field",
        new StringSchema().description("The JSON path at fault, e.g. consultations[0].solution"));
    error.addProperties("clause", clauseId(clauses));
    error.addProperties("clauseText", new StringSchema().description("The clause, as it reads"));
    error.addProperties("basis", basis(clauses));
    error.addProperties("basisText", new StringSchema().description("The basis, as it reads"));
    error.addProperties("message", new StringSchema().description("What is wrong there"));
    s.addProperties(
        "errors",
        new io.swagger.v3.oas.models.media.ArraySchema()
            .items(error)
            .description(
                "With 400 and 409: every problem of the body (and every rule it breaks) at once"));
    s.addProperties("module", new StringSchema().description("With 503: the module that is down"));
    s.addProperties(
        "missing",
        new StringSchema()
            .description("With 503: the services the module waits for, comma-separated"));
    return s;
  }

  /**
   * A clause ID is the regulation's (one of {@code clauses}) or a district's own, e.g. DF-2, which
   * a district's policy may add at any time: a pattern, not an enum a client would break on.
   */
  @SuppressWarnings("rawtypes")
  private static Schema clauseId(List<String> clauses) {
    return new StringSchema()
        .pattern("^([A-Z][0-9]{1,2}|[A-Z]{1,8}-[A-Za-z0-9.]{1,16})$")
        .description(
            "The clause that is the cause: the regulation's (rules.md: "
                + String.join(", ", clauses)
                + ") or the district's own, e.g. DF-2, with its basis beside it")
        .example("S3");
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema basis(List<String> clauses) {
    return new StringSchema()
        ._enum(clauses)
        .description("With a district's own clause: the regulation's clause it rests on");
  }
}

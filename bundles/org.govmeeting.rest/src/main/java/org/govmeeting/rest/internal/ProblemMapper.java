package org.govmeeting.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.govmeeting.api.error.AccessDeniedException;
import org.govmeeting.api.error.ConflictException;
import org.govmeeting.api.error.DomainException;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.RuleViolationException;
import org.govmeeting.api.error.StaleRevisionException;
import org.govmeeting.api.error.StorageUnavailableException;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.error.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every error leaves as {@code application/problem+json}. Errors the
 * services raise on purpose keep their message and clause; anything unexpected is logged with an
 * incident ID and the client gets only that ID, never a stack trace.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(Api.PROBLEMS)
@JaxrsApplicationSelect(Api.SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  /**
   * Whether this thread's request failed for a lock conflict that passes: {@link ActTransaction}
   * reads it, so that {@link ActRetry} runs the act again.
   */
  static final ThreadLocal<Boolean> TRANSIENT = new ThreadLocal<>();

  /** Which module a path that matched nothing belongs to; absent outside the JAX-RS runtime. */
  private final Modules modules;

  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  /** For the act's commit and the retry filter, where no request is routed. */
  public ProblemMapper() {
    this(null);
  }

  @Activate
  public ProblemMapper(@Reference Modules modules) {
    this.modules = modules;
  }

  @Override
  public Response toResponse(Throwable error) {
    return problem(error, languages()).toResponse();
  }

  Problem problem(Throwable error) {
    return problem(error, languages());
  }

  /** The problem for a failure, in the caller's language where it has one. */
  Problem problem(Throwable error, List<Locale> languages) {
    if (error instanceof Params.PreconditionRequired) {
      return new Problem(
              428,
              "precondition-required",
              "Precondition Required",
              "An edit must say which revision it was based on: send If-Match with the ETag you"
                  + " read (GET the resource first).")
          .with("field", "If-Match");
    }
    if (error instanceof StaleRevisionException) {
      Problem p =
          new Problem(412, "precondition-failed", "Precondition Failed", error.getMessage());
      return p.with("field", "If-Match");
    }
    Integer slow = tooSlow(error);
    if (slow != null) {
      // The body came slower than the minimum rate (ApiGate) or Jetty cut it off: an attack or
      // a broken link, not a fault of the platform.
      Logins.SECURITY.warn("request body cut off ({}): {}", slow, rootMessage(error));
      return slow == 408
          ? new Problem(
              408,
              "too-slow",
              "Request timeout",
              "The request body arrived too slowly and was cut off; send it again at once.")
          : http(slow);
    }
    if (StorageUnavailableException.isStorageFailure(error)) {
      // Not a conflict and not worth an immediate retry (ActRetry): the same disk or server is
      // met again. Nothing of the act was kept.
      return Outage.storage(languages, rootMessage(error));
    }
    if (error instanceof DomainException) {
      return domain((DomainException) error, Outage.english(languages));
    }
    if (error instanceof WebApplicationException) {
      Throwable cause = error.getCause();
      if (cause instanceof JsonProcessingException) {
        return json((JsonProcessingException) cause);
      }
      if (error instanceof javax.ws.rs.NotFoundException) {
        Problem down = moduleDown(languages);
        if (down != null) {
          return down;
        }
      }
      return http(((WebApplicationException) error).getResponse().getStatus());
    }
    if (error instanceof JsonProcessingException) {
      return json((JsonProcessingException) error);
    }
    if (ConflictException.isTransient(error)) {
      TRANSIENT.set(Boolean.TRUE);
      // The database rolled the transaction back whole (deadlock, lock timeout): safe to retry.
      LOG.warn("transient database conflict, answered 503: {}", error.toString());
      return new Problem(
              503,
              "busy",
              "Busy",
              "The database was busy with a conflicting change and kept nothing of this request;"
                  + " send it again.")
          .header("Retry-After", "1");
    }
    if (ConflictException.isConcurrentWrite(error)) {
      // Two writes raced on one record and the other committed first; nothing of ours was kept.
      return domain(
          new ConflictException(
              "Someone else changed this record at the same moment; read it again and retry."),
          Outage.english(languages));
    }
    if (refusedByConstraint(error)) {
      // A constraint of the database refused a write of the act (two acts raced for one unique
      // key, or a record another module keeps changed under it); the act was rolled back whole.
      LOG.warn("a write was refused by a database constraint, answered 409: {}", error.toString());
      return domain(
          new ConflictException(
              "The database refused a change this request made (a constraint); nothing of the"
                  + " request was kept. Read the record again and retry."),
          Outage.english(languages));
    }
    if (clientGone(error)) {
      // The caller hung up while the answer was written: nothing failed here, and an error with a
      // stack trace per closed connection would bury real incidents (every load test ends so).
      LOG.debug("client closed the connection: {}", error.toString());
      return new Problem(
          499, "client-closed", "Client closed the connection", "No one is reading.");
    }
    if (modules != null && modules.storageFailing()) {
      // Nothing known failed, but the database does not answer a probe either: the failure is
      // the storage's (Derby's own errors after it shut a database down are of every kind).
      LOG.debug("failure while the storage is down", error);
      return Outage.storage(languages, error.toString());
    }
    String incident = UUID.randomUUID().toString();
    LOG.error("Internal error, incident {}", incident, error);
    return new Problem(
            500,
            "internal",
            "Internal error",
            "The request failed inside the platform; give the incident ID to the administrator.")
        .with("incident", incident);
  }

  /**
   * No resource matched: 503 instead of 404 when the path belongs to a module that is not running,
   * so a caller never takes a module that is down for a record that does not exist.
   */
  private Problem moduleDown(List<Locale> languages) {
    if (modules == null || uriInfo == null) {
      return null;
    }
    try {
      return modules.unavailable(uriInfo.getPath(), languages).orElse(null);
    } catch (RuntimeException outsideARequest) {
      return null;
    }
  }

  private List<Locale> languages() {
    try {
      return headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException outsideARequest) {
      // CXF's proxy has no request behind it (unit tests, a mapper called by hand).
      return List.of();
    }
  }

  /** Whether the database refused a write for an integrity constraint (SQLSTATE class 23). */
  static boolean refusedByConstraint(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException
          && ((java.sql.SQLException) t).getSQLState() != null
          && ((java.sql.SQLException) t).getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /**
   * 408 for a body the gate found too slow or that stopped for Jetty's idle timeout, or the status
   * of Jetty's BadMessageException, if one of them is in the cause chain.
   */
  static Integer tooSlow(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ApiGate.TooSlow || t instanceof java.util.concurrent.TimeoutException) {
        return 408;
      }
      if (t.getClass().getSimpleName().equals("BadMessageException")) {
        try {
          Object code = t.getClass().getMethod("getCode").invoke(t);
          return code instanceof Integer ? (Integer) code : 400;
        } catch (ReflectiveOperationException e) {
          return 400;
        }
      }
    }
    return null;
  }

  private static String rootMessage(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Whether writing failed because the client closed its connection (Jetty's EofException). */
  static boolean clientGone(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getSimpleName().equals("EofException")) {
        return true;
      }
      if (t instanceof java.io.IOException
          && t.getMessage() != null
          && (t.getMessage().contains("Broken pipe")
              || t.getMessage().contains("Connection reset by peer"))) {
        return true;
      }
    }
    return false;
  }

  static Problem domain(DomainException e, boolean english) {
    int status;
    String kind;
    String title;
    if (e instanceof NotFoundException) {
      status = 404;
      kind = "not-found";
      title = english ? "Not found" : "未找到";
    } else if (e instanceof ValidationException) {
      status = 400;
      kind = "invalid";
      title = english ? "Invalid input" : "填写有误";
    } else if (e instanceof RuleViolationException) {
      status = 409;
      kind = "rule-violation";
      String clause = e.clause().orElseThrow().name();
      title = english ? "Rule " + clause + " violated" : "不符合会议制度（" + clause + "）";
    } else if (e instanceof ConflictException) {
      status = 409;
      kind = "conflict";
      title = english ? e.title() : "当前状态不允许此操作";
    } else if (e instanceof AccessDeniedException) {
      status = 403;
      kind = "forbidden";
      title = english ? e.title() : "无权进行此操作";
    } else if (e instanceof UnavailableException) {
      status = 503;
      kind = "unavailable";
      title = english ? e.title() : "暂不可用";
    } else {
      status = 400;
      kind = "bad-request";
      title = english ? e.title() : "请求有误";
    }
    Problem p = new Problem(status, kind, title, e.message(english));
    e.clause()
        .ifPresent(c -> p.with("clause", c.name()).with("clauseText", clauseText(c, english)));
    List<Violation> all = List.of();
    if (e instanceof ValidationException) {
      p.with("field", ((ValidationException) e).field());
      all = ((ValidationException) e).violations();
    } else if (e instanceof RuleViolationException) {
      all = ((RuleViolationException) e).findings();
    }
    if (!all.isEmpty()) {
      List<Map<String, Object>> errors = new java.util.ArrayList<>();
      for (Violation v : all) {
        Map<String, Object> one = new java.util.LinkedHashMap<>();
        one.put("field", v.field());
        one.put("clause", v.clause() == null ? null : v.clause().name());
        one.put("clauseText", v.clause() == null ? null : clauseText(v.clause(), english));
        one.put("message", v.message(english));
        errors.add(one);
      }
      p.with("errors", errors);
    }
    return p;
  }

  /** The clause as a person reads it: the Chinese original, or the English reading on request. */
  static String clauseText(org.govmeeting.api.rule.Clause c, boolean english) {
    return english ? c.reading() : c.original();
  }

  private static Problem json(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      String field = ((UnrecognizedPropertyException) e).getPropertyName();
      return new Problem(400, "invalid", "Invalid input", "Unknown field '" + field + "'.")
          .with("field", field);
    }
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      String field =
          ((JsonMappingException) e)
              .getPath().stream()
                  .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining("."))
                  .replace(".[", "[");
      String detail =
          e instanceof InvalidFormatException
              ? "Field '"
                  + field
                  + "' has a value of the wrong form: "
                  + ((InvalidFormatException) e).getValue()
              : "Field '" + field + "' cannot be read.";
      return new Problem(400, "invalid", "Invalid input", detail).with("field", field);
    }
    return new Problem(
        400,
        "malformed-json",
        "Malformed JSON",
        "The request body is not valid JSON: " + e.getOriginalMessage());
  }

  private static Problem http(int status) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
    String detail =
        switch (status) {
          case 404 -> "There is no such resource.";
          case 405 -> "This resource does not support that method.";
          case 406 -> "The resource cannot answer in the media type asked for.";
          case 413 -> "The request body is larger than the platform accepts.";
          case 415 -> "The resource does not accept that media type; send application/json.";
          default -> null;
        };
    return new Problem(status, null, title, detail);
  }
}

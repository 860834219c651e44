package org.govmeeting.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.govmeeting.api.rule.DistrictClause;
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
    boolean english = Outage.english(languages);
    if (error instanceof Params.PreconditionRequired) {
      return HttpProblems.preconditionRequired(english);
    }
    if (error instanceof StaleRevisionException) {
      Problem p =
          new Problem(
              412,
              "precondition-failed",
              english ? "Precondition Failed" : "记录已被他人修改",
              ((StaleRevisionException) error).message(english));
      return p.with("field", "If-Match");
    }
    Integer slow = tooSlow(error);
    if (slow != null) {
      // The body came slower than the minimum rate (ApiGate) or Jetty cut it off: an attack or
      // a broken link, not a fault of the platform.
      Logins.SECURITY.warn("request body cut off ({}): {}", slow, rootMessage(error));
      return slow == 408 ? HttpProblems.tooSlow(english) : HttpProblems.status(slow, english);
    }
    if (StorageUnavailableException.isStorageFailure(error)) {
      // Not a conflict and not worth an immediate retry (ActRetry): the same disk or server is
      // met again. Nothing of the act was kept.
      return Outage.storage(languages, rootMessage(error));
    }
    if (error instanceof DomainException) {
      return domain((DomainException) error, english);
    }
    if (error instanceof WebApplicationException) {
      Throwable cause = error.getCause();
      if (cause instanceof JsonProcessingException) {
        return HttpProblems.json((JsonProcessingException) cause, english);
      }
      if (error instanceof javax.ws.rs.NotFoundException) {
        Problem down = moduleDown(languages);
        if (down != null) {
          return down;
        }
      }
      return HttpProblems.status(
          ((WebApplicationException) error).getResponse().getStatus(), english);
    }
    if (error instanceof JsonProcessingException) {
      return HttpProblems.json((JsonProcessingException) error, english);
    }
    if (ConflictException.isTransient(error)) {
      TRANSIENT.set(Boolean.TRUE);
      // The database rolled the transaction back whole (deadlock, lock timeout): safe to retry.
      LOG.warn("transient database conflict, answered 503: {}", error.toString());
      return HttpProblems.busy(english);
    }
    if (ConflictException.isConcurrentWrite(error)) {
      // Two writes raced on one record and the other committed first; nothing of ours was kept.
      return domain(
          new ConflictException(
              "他人在同一时刻修改了该记录，请重新读取后再试",
              "Someone else changed this record at the same moment; read it again and retry."),
          english);
    }
    if (refusedByConstraint(error)) {
      // A constraint of the database refused a write of the act (two acts raced for one unique
      // key, or a record another module keeps changed under it); the act was rolled back whole.
      LOG.warn("a write was refused by a database constraint, answered 409: {}", error.toString());
      return domain(
          new ConflictException(
              "数据库拒绝了本次请求所作的修改（违反约束），本次请求的内容均未保存，请重新读取记录后再试",
              "The database refused a change this request made (a constraint); nothing of the"
                  + " request was kept. Read the record again and retry."),
          english);
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
    return HttpProblems.internal(incident, english);
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
      RuleViolationException rule = (RuleViolationException) e;
      String clause = rule.clauseId();
      title =
          english
              ? "Rule " + clause + " violated"
              : rule.districtClause().isPresent()
                  ? "不符合本区规定（" + clause + "）"
                  : "不符合会议制度（" + clause + "）";
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
    java.util.Optional<DistrictClause> own =
        e instanceof RuleViolationException
            ? ((RuleViolationException) e).districtClause()
            : java.util.Optional.empty();
    if (own.isPresent()) {
      clause(p, own.get(), english);
    } else {
      e.clause()
          .ifPresent(c -> p.with("clause", c.name()).with("clauseText", clauseText(c, english)));
    }
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
        one.put("clause", v.clauseId());
        if (v.own() != null) {
          one.put("clauseText", v.own().text(english));
          one.put("basis", v.own().basis().name());
          one.put("basisText", clauseText(v.own().basis(), english));
        } else {
          one.put("clauseText", v.clause() == null ? null : clauseText(v.clause(), english));
        }
        one.put("message", v.message(english));
        errors.add(one);
      }
      p.with("errors", errors);
    }
    return p;
  }

  /**
   * A district's own clause: its ID and words, and beside them the regulation's clause it rests on,
   * so that a reader can find both.
   */
  private static void clause(Problem p, DistrictClause own, boolean english) {
    p.with("clause", own.id())
        .with("clauseText", own.text(english))
        .with("basis", own.basis().name())
        .with("basisText", clauseText(own.basis(), english));
  }

  /** The clause as a person reads it: the Chinese original, or the English reading on request. */
  static String clauseText(org.govmeeting.api.rule.Clause c, boolean english) {
    return english ? c.reading() : c.original();
  }
}

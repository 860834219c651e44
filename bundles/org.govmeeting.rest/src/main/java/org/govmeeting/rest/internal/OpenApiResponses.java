package org.govmeeting.rest.internal;

import io.swagger.v3.core.util.ReflectionUtils;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.BeanParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * The answers an operation gives besides its own success, derived from what its method takes and
 * returns, the way the filters and the exception mapper that give them decide: so a new operation
 * is described with its errors without anyone listing them, and a list cannot go stale.
 *
 * <ul>
 *   <li>every operation: 401 (AccessFilter), 403 (roles, K3, cross-site), 429 (locked out), 503
 *       (storage or a module down, the database busy), and any other problem as {@code default};
 *   <li>a request body, a query parameter or a condition header: 400 (ProblemMapper, Params);
 *   <li>a path parameter or a body naming records: 404;
 *   <li>every write: 409 (a rule of the regulation, or a write that raced another);
 *   <li>a body: 413 (BodyLimit), 415;
 *   <li>{@code If-Match}: required, 428 without it, 412 when stale (Params#revision);
 *   <li>an answer whose record carries a revision: its {@code ETag}, and for a read {@code
 *       If-None-Match} and 304 (EntityTags).
 * </ul>
 */
final class OpenApiResponses {
  static final String PROBLEM_REF = "#/components/schemas/Problem";

  /** Status → the shared response's name and what it means here, in the order listed. */
  private static final Map<String, String[]> MEANING = new LinkedHashMap<>();

  private static void meaning(String status, String name, String description) {
    MEANING.put(status, new String[] {name, description});
  }

  static {
    meaning(
        "400",
        "BadRequest",
        "输入无效 Invalid input: a field of the body, a parameter or a header the call cannot"
            + " take; `field` names it, `clause` the rule that asks for it.");
    meaning(
        "401",
        "Unauthenticated",
        "未认证 Not authenticated: HTTP Basic credentials are missing or wrong"
            + " (`WWW-Authenticate` is sent).");
    meaning(
        "403",
        "Forbidden",
        "无权 Forbidden: the caller's roles do not allow the call, the rule named in `clause`"
            + " keeps the record from them (K3), the account is no person of the directory, or"
            + " the request came from another site.");
    meaning(
        "404",
        "NotFound",
        "不存在 Not found: no such record, or none that the caller may know of (K3).");
    meaning(
        "409",
        "Conflict",
        "冲突 Conflict: a rule of the regulation refuses the act now (`clause` names it and"
            + " `clauseText` reads it), or another act changed the record at the same moment;"
            + " nothing was kept.");
    meaning(
        "412",
        "PreconditionFailed",
        "前提不符 Precondition Failed: `If-Match` names a revision that is no longer the"
            + " record's; read it again.");
    meaning(
        "413",
        "PayloadTooLarge",
        "请求过大 Payload Too Large: the body is larger than the platform takes.");
    meaning(
        "415",
        "UnsupportedMediaType",
        "类型不支持 Unsupported Media Type: the body is not of a type this call takes.");
    meaning(
        "428",
        "PreconditionRequired",
        "缺少前提 Precondition Required: an edit must send `If-Match` with the `ETag` it read.");
    meaning(
        "429",
        "TooManyRequests",
        "登录受限 Too Many Requests: too many wrong passwords for the account or the address;"
            + " `Retry-After` says when to try again.");
    meaning(
        "503",
        "Unavailable",
        "暂不可用 Service Unavailable: the storage or the module the call needs is down, or the"
            + " database was busy; nothing was kept. Retry after `Retry-After`.");
    meaning(
        "default",
        "OtherProblem",
        "其他问题 Any other problem: malformed HTTP or a charset Java does not know (400), a"
            + " body that came too slowly (408), a request line or headers too large (414, 431),"
            + " an internal error (500, with an `incident` ID that is in the log).");
  }

  /** The shared problem responses, for the description's components. */
  static Map<String, ApiResponse> components() {
    Map<String, ApiResponse> all = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> m : MEANING.entrySet()) {
      ApiResponse r = problem(m.getValue()[1]);
      if (m.getKey().equals("429") || m.getKey().equals("503")) {
        r.addHeaderObject("Retry-After", header("Seconds to wait", "integer"));
      }
      all.put(m.getValue()[0], r);
    }
    return all;
  }

  private OpenApiResponses() {}

  /** Adds the answers the platform gives for this method besides its own. */
  static void describe(Operation op, Method m, String verb) {
    ApiResponses responses = op.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      op.setResponses(responses);
    }
    successFromReturnType(responses);
    boolean body = hasBody(m);
    boolean query = has(m, QueryParam.class) || has(m, BeanParam.class);
    if (has(m, BeanParam.class)) {
      Paging.describe(op);
    }
    boolean ifMatch = headerParam(m, HttpHeaders.IF_MATCH);
    boolean write = !verb.equals("GET") && !verb.equals("HEAD");
    List<String> codes = new ArrayList<>(List.of("401", "403", "429", "503"));
    if (body || query || ifMatch) {
      codes.add("400");
    }
    if (has(m, PathParam.class) || body) {
      codes.add("404");
    }
    if (write) {
      codes.add("409");
    }
    if (body) {
      codes.add("413");
      codes.add("415");
      if (op.getRequestBody() != null) {
        op.getRequestBody().setRequired(!optionalBody(m));
      }
    }
    if (ifMatch) {
      codes.add("412");
      codes.add("428");
      requireIfMatch(op);
    }
    codes.add("default");
    for (Map.Entry<String, String[]> meaning : MEANING.entrySet()) {
      String code = meaning.getKey();
      if (codes.contains(code) && !responses.containsKey(code)) {
        responses.addApiResponse(
            code, new ApiResponse().$ref("#/components/responses/" + meaning.getValue()[0]));
      }
    }
    for (Map.Entry<String, ApiResponse> r : responses.entrySet()) {
      boolean error = r.getKey().startsWith("4") || r.getKey().startsWith("5");
      if (error && r.getValue().get$ref() == null && r.getValue().getContent() == null) {
        r.getValue().setContent(problemContent());
      }
      if (r.getKey().equals("201") && location(r.getValue()) == null) {
        r.getValue()
            .addHeaderObject(
                "Location", header("Where the created record is read", "string").required(true));
      }
    }
    conditional(op, m, verb, responses);
  }

  /**
   * swagger-core answers a method that returns a record with a {@code default} response: it is the
   * 200 (204 for a method that returns nothing), since every error has its own status here.
   */
  private static void successFromReturnType(ApiResponses responses) {
    ApiResponse d = responses.getDefault();
    if (d == null) {
      return;
    }
    boolean success = responses.keySet().stream().anyMatch(k -> k.startsWith("2"));
    responses.remove("default");
    if (!success) {
      boolean content =
          d.getContent() != null
              && d.getContent().values().stream().anyMatch(t -> t.getSchema() != null);
      if (content) {
        responses.addApiResponse("200", d.description("成功 OK"));
      } else {
        responses.addApiResponse("204", new ApiResponse().description("成功，无内容 Done"));
      }
    }
  }

  /** ETag on answers that carry a record's revision; If-None-Match and 304 on reading them. */
  private static void conditional(Operation op, Method m, String verb, ApiResponses responses) {
    Optional<Class<?>> entity = entity(m);
    boolean revisioned = entity.isPresent() && EntityTags.hasRevision(entity.get());
    ApiResponse ok = responses.get("200");
    if (!revisioned || ok == null) {
      return;
    }
    if (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag")) {
      ok.addHeaderObject(
          "ETag", header("The record's revision: send it back in If-Match to edit it", "string"));
    }
    if (verb.equals("GET")) {
      if (!headerParam(m, HttpHeaders.IF_NONE_MATCH)) {
        op.addParametersItem(
            new HeaderParameter()
                .name(HttpHeaders.IF_NONE_MATCH)
                .description("The ETag read before: 304 while the record has not moved")
                .schema(new StringSchema().example("\"3\"")));
      }
      if (!responses.containsKey("304")) {
        responses.addApiResponse(
            "304", new ApiResponse().description("未改变 Not Modified: the record of that ETag"));
      }
    }
  }

  /** The record class an operation answers with, from its return type or its 2xx declaration. */
  static Optional<Class<?>> entity(Method m) {
    if (m.getReturnType() != Response.class && m.getReturnType() != void.class) {
      return Optional.of(m.getReturnType());
    }
    List<io.swagger.v3.oas.annotations.responses.ApiResponse> declared =
        ReflectionUtils.getRepeatableAnnotations(
            m, io.swagger.v3.oas.annotations.responses.ApiResponse.class);
    for (var r :
        declared == null
            ? List.<io.swagger.v3.oas.annotations.responses.ApiResponse>of()
            : declared) {
      if (r.responseCode().startsWith("2") && r.content().length > 0) {
        Class<?> type = r.content()[0].schema().implementation();
        if (type != Void.class) {
          return Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }

  private static void requireIfMatch(Operation op) {
    for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
      if ("header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName())) {
        p.required(true)
            .description("The ETag of the revision the edit was made on, as read: \"3\"")
            .schema(new StringSchema().example("\"3\""));
      }
    }
  }

  private static Header location(ApiResponse r) {
    return r.getHeaders() == null ? null : r.getHeaders().get("Location");
  }

  private static Header header(String description, String type) {
    Schema<?> schema = new Schema<>().type(type);
    return new Header().description(description).schema(schema);
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description).content(problemContent());
  }

  static Content problemContent() {
    return new Content()
        .addMediaType(Problem.MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
  }

  /** Whether the method takes a request body: a parameter no JAX-RS annotation binds. */
  static boolean hasBody(Method m) {
    for (Annotation[] annotations : m.getParameterAnnotations()) {
      boolean bound = false;
      for (Annotation a : annotations) {
        String pkg = a.annotationType().getPackageName();
        bound |= pkg.equals("javax.ws.rs") || a instanceof Context;
      }
      if (!bound) {
        return true;
      }
    }
    return false;
  }

  private static boolean optionalBody(Method m) {
    return has(m, OptionalBody.class);
  }

  private static boolean has(Method m, Class<? extends Annotation> type) {
    for (Annotation[] annotations : m.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (type.isInstance(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean headerParam(Method m, String name) {
    for (Annotation[] annotations : m.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a instanceof HeaderParam && ((HeaderParam) a).value().equalsIgnoreCase(name)) {
          return true;
        }
      }
    }
    return false;
  }
}

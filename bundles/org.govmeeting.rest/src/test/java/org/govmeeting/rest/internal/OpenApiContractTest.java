package org.govmeeting.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govmeeting.api.topic.TopicForm;
import org.junit.Test;

/**
 * The API description as the contract portal teams build on: every operation of every resource of
 * this bundle has a tag of a module, a summary, a description, a stable operation ID, its path
 * parameters declared, a success answer and its problems typed. A resource method that forgets one
 * fails here, before a linter or a generated client meets it.
 */
public class OpenApiContractTest {
  private static final OpenAPI API =
      OpenApiDocument.describe(OpenApiFile.resources(), "/api", "1.2.3");

  private interface Check {
    String problem(String path, PathItem.HttpMethod verb, Operation op);
  }

  private static List<String> violations(Check check) {
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, PathItem> p : API.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> o :
          p.getValue().readOperationsMap().entrySet()) {
        String problem = check.problem(p.getKey(), o.getKey(), o.getValue());
        if (problem != null) {
          found.add(o.getKey() + " " + p.getKey() + ": " + problem);
        }
      }
    }
    return found;
  }

  private static void none(String what, Check check) {
    List<String> found = violations(check);
    assertTrue(what + ":\n" + String.join("\n", found), found.isEmpty());
  }

  @Test
  public void everySchemaIsUsedSoNoTwoClassesShareAName() throws Exception {
    // Two classes of one simple name (two "View"s) become one schema, and the other class's
    // schema is silently gone: then one component is referenced by nobody.
    String json = io.swagger.v3.core.util.Json.mapper().writeValueAsString(API);
    List<String> unused = new ArrayList<>();
    for (String name : API.getComponents().getSchemas().keySet()) {
      if (!json.contains("\"#/components/schemas/" + name + "\"")) {
        unused.add(name);
      }
    }
    assertTrue("schemas nobody refers to: " + unused, unused.isEmpty());
  }

  @Test
  public void theBundlesResourcesAreAllThere() {
    assertTrue(OpenApiFile.resources().size() >= 17);
    int operations = violations((path, verb, op) -> "counted").size();
    assertTrue("operations: " + operations, operations > 90);
  }

  /**
   * CXF routes a request to the root resource whose path is the most specific that matches, and
   * looks for the method there only: a class at meetings/{id} would hide every meetings/{id}/…
   * method of the class at meetings. Each operation's path must pick its own class.
   */
  @Test
  public void everyOperationIsRoutedToItsOwnClass() {
    List<String> lost = new ArrayList<>();
    List<Class<?>> classes = OpenApiFile.resources();
    for (Class<?> c : classes) {
      for (java.lang.reflect.Method m : c.getMethods()) {
        if (OpenApiDocument.httpMethod(m) == null) {
          continue;
        }
        String path = OpenApiDocument.path(c, m);
        Class<?> chosen = null;
        int best = -1;
        for (Class<?> candidate : classes) {
          String root = OpenApiDocument.path(candidate, null);
          String regex =
              root.replaceAll("\\{\\w+}", "[^/]+") + (root.equals("/") ? ".*" : "(/.*)?");
          int literal = root.replaceAll("\\{\\w+}", "").length();
          if (path.matches(regex) && literal > best) {
            best = literal;
            chosen = candidate;
          }
        }
        if (chosen != c) {
          lost.add(path + " of " + c.getSimpleName() + " goes to " + chosen);
        }
      }
    }
    assertTrue(String.join("\n", lost), lost.isEmpty());
  }

  @Test
  public void everyOperationHasASummaryADescriptionAndOneTagOfAModule() {
    Set<String> modules = new HashSet<>();
    ApiTags.ALL.forEach(t -> modules.add(t.getName()));
    none("without a summary", (path, verb, op) -> blank(op.getSummary()) ? "no summary" : null);
    none(
        "without a description of their own",
        (path, verb, op) ->
            blank(op.getDescription()) || op.getDescription().startsWith("角色 Roles:")
                ? "no description"
                : null);
    none(
        "without exactly one module's tag",
        (path, verb, op) ->
            op.getTags() == null
                    || op.getTags().size() != 1
                    || !modules.contains(op.getTags().get(0))
                ? "tags " + op.getTags()
                : null);
    for (var tag : API.getTags()) {
      assertFalse(tag.getName(), blank(tag.getDescription()));
    }
  }

  @Test
  public void everyOperationHasAStableIdOfItsOwn() {
    Set<String> seen = new HashSet<>();
    none(
        "without a chosen operationId (swagger-core's are the method's name, numbered)",
        (path, verb, op) -> {
          String id = op.getOperationId();
          if (blank(id) || !id.matches("[a-z][a-zA-Z]+") || !seen.add(id)) {
            return "operationId " + id;
          }
          return null;
        });
    // Named as the glossary names the acts.
    for (String id :
        List.of("submitTopic", "signReviewStep", "approveLeaveRequest", "approveTopicList")) {
      assertTrue(id, seen.contains(id));
    }
  }

  @Test
  public void everyPathParameterIsDeclared() {
    Pattern variable = Pattern.compile("\\{(\\w+)}");
    none(
        "with an undeclared path parameter",
        (path, verb, op) -> {
          Set<String> declared = new HashSet<>();
          for (Parameter p :
              op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
            if ("path".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
              declared.add(p.getName());
            }
          }
          Matcher m = variable.matcher(path);
          while (m.find()) {
            if (!declared.contains(m.group(1))) {
              return "{" + m.group(1) + "} not declared";
            }
          }
          return null;
        });
  }

  @Test
  public void everyOperationAnswersSuccessWithASchemaAndErrorsAsProblems() {
    none(
        "without a success answer whose body is typed",
        (path, verb, op) -> {
          boolean success = false;
          for (Map.Entry<String, ApiResponse> declared : op.getResponses().entrySet()) {
            Map.Entry<String, ApiResponse> r =
                Map.entry(declared.getKey(), resolve(declared.getValue()));
            String code = r.getKey();
            if (code.startsWith("2")) {
              success = true;
              if (!code.equals("204") && untyped(r.getValue())) {
                return code + " has no schema";
              }
            } else if ((code.startsWith("4") || code.startsWith("5") || code.equals("default"))
                && !problems(r.getValue())) {
              return code + " is not a problem";
            }
            if (blank(r.getValue().getDescription())
                || r.getValue().getDescription().equals("default response")) {
              return code + " has swagger-core's placeholder description";
            }
          }
          return success ? null : "no 2xx";
        });
    none(
        "creating without a Location",
        (path, verb, op) -> {
          ApiResponse created = op.getResponses().get("201");
          return created != null
                  && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))
              ? "201 without Location"
              : null;
        });
    none(
        "reading without the errors every call can meet",
        (path, verb, op) ->
            op.getResponses().keySet().containsAll(List.of("401", "403", "429", "503", "default"))
                ? null
                : "responses " + op.getResponses().keySet());
  }

  @Test
  public void requestBodiesAreTypedAndDownloadsAreBinary() {
    none(
        "with a body typed */*",
        (path, verb, op) ->
            op.getRequestBody() != null && op.getRequestBody().getContent().containsKey("*/*")
                ? "*/* body"
                : null);
    assertBinary("/minutes/{id}/pdf", "application/pdf");
    assertBinary("/archives/{meetingId}", "application/zip");
    assertBinary("/topics/{id}/files/{fileId}", Downloads.BYTES);
    assertBinary("/tasks/{id}/attachments/{attachment}", Downloads.BYTES);
  }

  private static void assertBinary(String path, String type) {
    MediaType m =
        API.getPaths().get(path).getGet().getResponses().get("200").getContent().get(type);
    assertNotNull(path + " " + type, m);
    assertEquals("binary", m.getSchema().getFormat());
  }

  @Test
  public void editsRequireIfMatchAndRecordsCarryTheirETag() {
    for (String path : List.of("/topics/{id}", "/minutes/{id}")) {
      Operation put = API.getPaths().get(path).getPut();
      Parameter ifMatch =
          put.getParameters().stream()
              .filter(p -> p.getName().equals("If-Match"))
              .findFirst()
              .orElseThrow();
      assertEquals(path, Boolean.TRUE, ifMatch.getRequired());
      assertTrue(put.getResponses().keySet().containsAll(List.of("412", "428")));
      Operation get = API.getPaths().get(path).getGet();
      assertTrue(get.getResponses().get("200").getHeaders().containsKey("ETag"));
      assertNotNull(get.getResponses().get("304"));
      assertTrue(get.getParameters().stream().anyMatch(p -> p.getName().equals("If-None-Match")));
    }
  }

  @Test
  public void theDocsPagesAreNoOperationsAndTheVersionIsTheRelease() {
    assertFalse(API.getPaths().containsKey("/docs"));
    assertFalse(API.getPaths().containsKey("/docs/{file}"));
    assertEquals("1.2.3", API.getInfo().getVersion());
    assertNotNull(API.getPaths().get("/").getGet());
  }

  @Test
  public void theTopicFormExampleReadsAsAFormWithItsRequiredFields() throws Exception {
    TopicForm form = JsonProvider.mapper().readValue(ApiExamples.TOPIC_FORM, TopicForm.class);
    assertNotNull(form.name);
    assertNotNull(form.category);
    // Swagger UI filled revisesTopicId with 0 from the bare schema (issue 16): an example whole.
    assertEquals(null, form.revisesTopicId);
    MediaType body =
        API.getPaths()
            .get("/topics")
            .getPost()
            .getRequestBody()
            .getContent()
            .get("application/json");
    assertTrue(
        body.getExamples().values().iterator().next().getValue().toString().contains("luo.ping"));
  }

  /** A response, or the shared one it refers to. */
  private static ApiResponse resolve(ApiResponse r) {
    if (r.get$ref() == null) {
      return r;
    }
    String name = r.get$ref().substring("#/components/responses/".length());
    ApiResponse shared = API.getComponents().getResponses().get(name);
    assertNotNull(r.get$ref(), shared);
    return shared;
  }

  @Test
  @SuppressWarnings("rawtypes")
  public void theMixInsDescribeFieldsTheirDtosHave() {
    for (Map.Entry<Class<?>, Class<?>> m : ApiSchemas.MIXINS.entrySet()) {
      for (java.lang.reflect.Field f : m.getValue().getDeclaredFields()) {
        try {
          m.getKey().getField(f.getName());
        } catch (NoSuchFieldException e) {
          throw new AssertionError(
              m.getValue().getSimpleName() + "." + f.getName() + " is no field of " + m.getKey());
        }
      }
      io.swagger.v3.oas.models.media.Schema schema =
          API.getComponents().getSchemas().get(m.getKey().getSimpleName());
      assertNotNull(m.getKey().getSimpleName(), schema);
      for (Object required :
          schema.getRequired() == null ? List.of() : (List<?>) schema.getRequired()) {
        assertTrue(
            m.getKey() + " requires " + required, schema.getProperties().containsKey(required));
      }
    }
    io.swagger.v3.oas.models.media.Schema form = API.getComponents().getSchemas().get("TopicForm");
    assertEquals(Set.of("name", "category"), Set.copyOf(form.getRequired()));
    assertEquals(
        Integer.valueOf(300),
        ((io.swagger.v3.oas.models.media.Schema) form.getProperties().get("name")).getMaxLength());
    io.swagger.v3.oas.models.media.Schema leave =
        API.getComponents().getSchemas().get("LeaveRequest");
    assertEquals(
        Boolean.TRUE,
        ((io.swagger.v3.oas.models.media.Schema) leave.getProperties().get("state")).getReadOnly());
    assertTrue(
        ((io.swagger.v3.oas.models.media.Schema) form.getProperties().get("category"))
            .getDescription()
            .contains("T4 = NORMATIVE_DOCUMENT"));
  }

  private static boolean untyped(ApiResponse r) {
    return r.getContent() == null
        || r.getContent().isEmpty()
        || r.getContent().values().stream().anyMatch(m -> m.getSchema() == null);
  }

  private static boolean problems(ApiResponse r) {
    return r.getContent() != null
        && r.getContent().get(Problem.MEDIA_TYPE) != null
        && OpenApiResponses.PROBLEM_REF.equals(
            r.getContent().get(Problem.MEDIA_TYPE).getSchema().get$ref());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

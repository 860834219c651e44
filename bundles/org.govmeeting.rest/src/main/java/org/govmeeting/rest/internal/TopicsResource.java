package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.MaterialFile;
import org.govmeeting.api.topic.Page;
import org.govmeeting.api.topic.Topic;
import org.govmeeting.api.topic.TopicForm;
import org.govmeeting.api.topic.TopicHistory;
import org.govmeeting.api.topic.TopicQuery;
import org.govmeeting.api.topic.TopicService;
import org.govmeeting.api.topic.TopicStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Topics: the department's form, its materials, submission and what became of it. */
@Tag(name = ApiTags.TOPICS)
@Component(service = TopicsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class TopicsResource {
  private final TopicService topics;
  private final KeptTopicPages pages;

  @Activate
  public TopicsResource(@Reference TopicService topics, @Reference DistrictZone zone) {
    this.topics = topics;
    this.pages = new KeptTopicPages(topics, JsonProvider.mapper(zone));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createTopic",
      summary = "填报议题 File a topic form as a draft",
      description =
          "A unit's staff file the form (Annex 1, F1–F9) as a draft of their own unit (the lead"
              + " unit, F3, is the caller's). A draft needs its name (F1) and category (T2–T9);"
              + " everything else may follow until it is submitted.")
  @ApiResponse(
      responseCode = "201",
      description = "The draft, at its `Location`",
      content = @Content(schema = @Schema(implementation = Topic.class)))
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      schema = @Schema(implementation = TopicForm.class),
                      examples = @ExampleObject(name = "T3", value = ApiExamples.TOPIC_FORM)))
          TopicForm form,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    Topic t = topics.create(Params.body(form), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id)).build())
        .entity(t)
        .build();
  }

  /** A page of topics with its ETag; {@code If-None-Match} with it: 304 while it stands. */
  @GET
  @Operation(
      operationId = "listTopics",
      summary = "议题列表 List the topics the caller may see",
      description =
          "Newest first, paged. `total` is exact up to 1 000 (or past the page asked for);"
              + " beyond, `totalCapped` is true. A topic is seen by its own unit and the mayor,"
              + " once submitted also by the Office, the secretariat, its supervisor and everyone"
              + " with a step in its chain. The page's `ETag` stands while no topic is written.")
  @ApiResponse(
      responseCode = "200",
      description = "A page of the topics the caller may see",
      headers =
          @Header(
              name = "ETag",
              description = "The page's tag, for If-None-Match",
              schema = @Schema(type = "string")),
      content = @Content(schema = @Schema(implementation = TopicPage.class)))
  @ApiResponse(responseCode = "304", description = "The page is still the one of that ETag")
  public Response list(
      @QueryParam("status") @Parameter(schema = @Schema(implementation = TopicStatus.class))
          String status,
      @QueryParam("unit") @Parameter(description = "The lead unit's id", example = "EDUCATION")
          String unit,
      @QueryParam("category") @Parameter(description = ApiExamples.CATEGORY_PARAM) String category,
      @QueryParam("meeting")
          @Parameter(
              description = "The meeting the topics are bound for",
              schema = @Schema(type = "integer", format = "int64"))
          String meeting,
      @BeanParam Paging paging,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH)
          @Parameter(description = "The ETag of the page read before: 304 while it stands")
          String ifNoneMatch,
      @Context SecurityContext sc) {
    TopicQuery q = new TopicQuery();
    q.status = Params.enumValue(TopicStatus.class, "status", status);
    q.unitId = PeopleResource.blankToNull(unit);
    q.category = Params.category(category);
    q.meetingId = Params.id("meeting", meeting);
    q.offset = paging.offset();
    q.limit = paging.limit();
    return pages.page(q, AccessFilter.actor(sc), ifNoneMatch);
  }

  /** The shape of a page of topics, for the API's description. */
  public static class TopicPage extends Page<Topic> {}

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getTopic",
      summary = "读取议题 Read a topic",
      description =
          "The form, where it stands and what was recorded; 404 to whoever may not see it.")
  public Topic get(@PathParam("id") long id, @Context SecurityContext sc) {
    return topics
        .get(id, AccessFilter.actor(sc))
        .orElseThrow(() -> new NotFoundException("议题", "topic", String.valueOf(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateTopic",
      summary = "修改议题 Edit a draft or returned topic",
      description =
          "The whole form again, while the topic is DRAFT or RETURNED, with `If-Match` set to the"
              + " `ETag` read.")
  public Topic update(
      @PathParam("id") long id,
      TopicForm form,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext sc) {
    return topics.update(id, Params.body(form), Params.revision(ifMatch), AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/submit")
  @Operation(
      operationId = "submitTopic",
      summary = "提交议题 Submit a topic for review",
      description =
          "The lead unit submits: the whole form and its materials are checked (F1–F3, F9,"
              + " P1–P3, S3, S4, S6) with the active policy's rules, and the review chain starts"
              + " (S1). No body.")
  public Topic submit(@PathParam("id") long id, @Context SecurityContext sc) {
    return topics.submit(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "withdrawTopic",
      summary = "撤回议题 Withdraw a topic",
      description = "The lead unit withdraws its topic, with a reason; it is closed.")
  public Topic withdraw(@PathParam("id") long id, Bodies.Reason body, @Context SecurityContext sc) {
    return topics.withdraw(id, Params.body(body).reason, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/settle")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "settleTopic",
      summary = "分管领导办结 Settle a topic within the supervisor's authority",
      description =
          "S8: work the supervising vice-mayor can settle is not submitted to the meeting.")
  public Topic settle(
      @PathParam("id") long id, Bodies.Disposition body, @Context SecurityContext sc) {
    return topics.settle(id, Params.body(body).disposition, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/overrides")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "addRuleOverride",
      summary = "区长同意例外 Lift an in-principle rule for this topic",
      description =
          "The mayor's recorded exception to a 原则上 rule (S3, S7, S8, C3 as the policy allows),"
              + " with the reason.")
  @ApiResponse(
      responseCode = "201",
      description = "The topic with the exception recorded",
      content = @Content(schema = @Schema(implementation = Topic.class)))
  public Response override(
      @PathParam("id") long id,
      Bodies.OverrideRequest body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    Bodies.OverrideRequest o = Params.body(body);
    Topic t = topics.override(id, o.clause, o.reason, AccessFilter.actor(sc));
    return Response.created(uri.getBaseUriBuilder().path("topics").path(String.valueOf(id)).build())
        .entity(t)
        .build();
  }

  @POST
  @Path("{id}/legal-review-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({
    Role.OFFICE_DIRECTOR,
    Role.OFFICE_STAFF,
    Role.VICE_MAYOR,
    Role.EXECUTIVE_VICE_MAYOR,
    Role.PARTY_GROUP_MEMBER
  })
  @Operation(
      operationId = "askLegalReview",
      summary = "提请合法性审核 Ask for the Justice Bureau's legality review",
      description =
          "F6: besides normative documents, 其他法律性较强的事项 go to the Justice Bureau's legality"
              + " review when the Government Office or the topic's supervising vice-mayor asks"
              + " for it (403 F6 for anyone else). A topic IN_REVIEW gains the step in its running"
              + " chain in the same act (in the stage the policy puts it, or the open one if that"
              + " is past, so it is signed before the chain completes); a RETURNED topic has it in"
              + " its next chain; 409 F6 otherwise or when asked already.")
  @ApiResponse(
      responseCode = "201",
      description = "The topic with the request recorded",
      content = @Content(schema = @Schema(implementation = Topic.class)))
  public Response askLegalReview(
      @PathParam("id") long id,
      Bodies.Reason body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    Topic t = topics.askLegalReview(id, Params.body(body).reason, AccessFilter.actor(sc));
    return Response.created(
            uri.getBaseUriBuilder().path("topics").path(String.valueOf(id)).path("reviews").build())
        .entity(t)
        .build();
  }

  @POST
  @Path("{id}/reporter-designations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "designateReporter",
      summary = "区长指定汇报人 Designate who reports the topic",
      description =
          "D1: the supervising vice-mayor or the lead department's head reports a topic; anyone"
              + " else only on the mayor's designation, recorded with the reason. Submission"
              + " refuses any other reporter (400 D1 at reporterId). A later designation replaces"
              + " an earlier one; the history keeps both.")
  @ApiResponse(
      responseCode = "201",
      description = "The topic with the designation recorded",
      content = @Content(schema = @Schema(implementation = Topic.class)))
  public Response designateReporter(
      @PathParam("id") long id,
      Bodies.ReporterDesignationRequest body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    Bodies.ReporterDesignationRequest d = Params.body(body);
    Topic t = topics.designateReporter(id, d.personId, d.reason, AccessFilter.actor(sc));
    return Response.created(uri.getBaseUriBuilder().path("topics").path(String.valueOf(id)).build())
        .entity(t)
        .build();
  }

  @GET
  @Path("{id}/history")
  @Operation(
      operationId = "getTopicHistory",
      summary = "议题历史 A topic's history",
      description = "Every event and every submitted version of the form.")
  public TopicHistory history(@PathParam("id") long id, @Context SecurityContext sc) {
    return topics.history(id, AccessFilter.actor(sc));
  }

  /** Uploads one material file as the raw request body; its type is the request's type. */
  @POST
  @Path("{id}/files")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "uploadTopicFile",
      summary = "上传材料 Upload a material file",
      description =
          "The raw file as the body, of its own type (P1). It streams into storage with its size"
              + " and SHA-256; the name is reduced to its last path segment. Send"
              + " `X-Requested-With`.")
  @ApiResponse(
      responseCode = "201",
      description = "The stored file",
      content = @Content(schema = @Schema(implementation = MaterialFile.class)))
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("kind")
          @Parameter(required = true, schema = @Schema(implementation = MaterialFile.Kind.class))
          String kind,
      @QueryParam("name")
          @Parameter(required = true, description = "The file's name", example = "实施意见.pdf")
          String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String type,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = Downloads.BYTES,
                      schema = @Schema(type = "string", format = "binary")))
          InputStream body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    MaterialFile.Kind k = Params.enumValue(MaterialFile.Kind.class, "kind", kind);
    if (k == null) {
      throw new ValidationException("kind", "请注明材料类别", "kind is required");
    }
    String[] refused = Text.refusal(name);
    if (refused != null) {
      throw new ValidationException("name", "文件名" + refused[0], "the file name " + refused[1]);
    }
    // Streamed into intake as it arrives: never read whole here (issue 14 item 4).
    MaterialFile f = topics.addFile(id, k, name, type, body, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(f.id)).build())
        .entity(f)
        .build();
  }

  @GET
  @Path("{id}/files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadTopicFile",
      summary = "下载材料 Download a material file",
      description =
          "As an attachment, of its own type if a document or image type on the list, else"
              + " application/octet-stream.")
  @Downloads.File
  public Response download(
      @PathParam("id") long id, @PathParam("fileId") long fileId, @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    MaterialFile f = topics.describeFile(id, fileId, actor);
    return Downloads.file(
        f.fileName,
        f.contentType,
        f.size,
        f.sha256,
        out -> topics.writeFile(id, fileId, actor, out));
  }
}

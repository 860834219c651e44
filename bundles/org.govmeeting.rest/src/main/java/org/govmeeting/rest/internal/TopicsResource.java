package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.InputStream;
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
  public TopicsResource(@Reference TopicService topics) {
    this.topics = topics;
    this.pages = new KeptTopicPages(topics, JsonProvider.mapper());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(TopicForm form, @Context SecurityContext sc, @Context UriInfo uri) {
    Topic t = topics.create(Params.body(form), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id)).build())
        .entity(t)
        .build();
  }

  /** A page of topics with its ETag; {@code If-None-Match} with it: 304 while it stands. */
  @GET
  @ApiResponse(
      responseCode = "200",
      description = "A page of the topics the caller may see",
      content = @Content(schema = @Schema(implementation = TopicPage.class)))
  @ApiResponse(responseCode = "304", description = "The page is still the one of that ETag")
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("unit") String unit,
      @QueryParam("category") String category,
      @QueryParam("meeting") String meeting,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context SecurityContext sc) {
    TopicQuery q = new TopicQuery();
    q.status = Params.enumValue(TopicStatus.class, "status", status);
    q.unitId = PeopleResource.blankToNull(unit);
    q.category = Params.category(category);
    q.meetingId = Params.id("meeting", meeting);
    q.offset = Params.count("offset", offset, 0);
    q.limit = Params.count("limit", limit, 50);
    return pages.page(q, AccessFilter.actor(sc), ifNoneMatch);
  }

  /** The shape of a page of topics, for the API's description. */
  public static class TopicPage extends Page<Topic> {}

  @GET
  @Path("{id}")
  public Topic get(@PathParam("id") long id, @Context SecurityContext sc) {
    return topics
        .get(id, AccessFilter.actor(sc))
        .orElseThrow(() -> new NotFoundException("topic", String.valueOf(id)));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Topic update(
      @PathParam("id") long id,
      TopicForm form,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext sc) {
    return topics.update(id, Params.body(form), Params.revision(ifMatch), AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/submit")
  public Topic submit(@PathParam("id") long id, @Context SecurityContext sc) {
    return topics.submit(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public Topic withdraw(@PathParam("id") long id, Bodies.Reason body, @Context SecurityContext sc) {
    return topics.withdraw(id, Params.body(body).reason, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/settle")
  @Consumes(MediaType.APPLICATION_JSON)
  public Topic settle(
      @PathParam("id") long id, Bodies.Disposition body, @Context SecurityContext sc) {
    return topics.settle(id, Params.body(body).disposition, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/overrides")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
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

  @GET
  @Path("{id}/history")
  public TopicHistory history(@PathParam("id") long id, @Context SecurityContext sc) {
    return topics.history(id, AccessFilter.actor(sc));
  }

  /** Uploads one material file as the raw request body; its type is the request's type. */
  @POST
  @Path("{id}/files")
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @QueryParam("name") String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      InputStream body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    MaterialFile.Kind k = Params.enumValue(MaterialFile.Kind.class, "kind", kind);
    if (k == null) {
      throw new ValidationException("kind", "kind is required");
    }
    String refused = Text.problem(name);
    if (refused != null) {
      throw new ValidationException("name", "the file name " + refused);
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

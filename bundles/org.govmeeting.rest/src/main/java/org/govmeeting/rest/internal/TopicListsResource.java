package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.minutes.RecordReaders;
import org.govmeeting.api.review.TopicList;
import org.govmeeting.api.review.TopicListService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** A meeting's topic list (议题表): compiled by the Office, approved by the mayor (S1). */
@Tag(name = ApiTags.REVIEW)
@Component(service = TopicListsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("topic-lists/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
public class TopicListsResource {
  private final TopicListService lists;
  private final RecordReaders readers;

  @Activate
  public TopicListsResource(@Reference TopicListService lists, @Reference RecordReaders readers) {
    this.lists = lists;
    this.readers = readers;
  }

  /** The participants, the Office and the mayor (K3); others get 403. */
  @GET
  @Allowed
  @Operation(
      operationId = "getTopicList",
      summary = "议题表 The meeting's topic list",
      description =
          "For the participants, the Office, the secretariat and the mayor (others 403, K3).")
  public TopicList get(@PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    readers.requirePapersReader(meetingId, AccessFilter.actor(sc));
    return lists
        .get(meetingId)
        .orElseThrow(
            () -> new NotFoundException("topic list of meeting", String.valueOf(meetingId)));
  }

  /** The Office compiles the list from the topics ready for the meeting. */
  @POST
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "compileTopicList",
      summary = "汇总议题表 Compile the topic list",
      description =
          "S1: the Office compiles the list from the topics READY for the meeting. No body.")
  @ApiResponse(
      responseCode = "201",
      description = "The list, a draft until the mayor approves it",
      content = @Content(schema = @Schema(implementation = TopicList.class)))
  public Response compile(
      @PathParam("meetingId") long meetingId, @Context SecurityContext sc, @Context UriInfo uri) {
    TopicList list = lists.compile(meetingId, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(list).build();
  }

  /** The mayor approves, giving the final sequence (removals, additions, order) if it changes. */
  @POST
  @Path("approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  @Operation(
      operationId = "approveTopicList",
      summary = "审定议题表 Approve the topic list",
      description =
          "S1: the mayor approves, optionally removing, adding or reordering; topics left off go to"
              + " the next meeting.")
  public TopicList approve(
      @PathParam("meetingId") long meetingId,
      @OptionalBody Bodies.TopicIds body,
      @Context SecurityContext sc) {
    return lists.approve(meetingId, body == null ? null : body.topicIds, AccessFilter.actor(sc));
  }
}

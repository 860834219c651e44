package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.review.ReviewChain;
import org.govmeeting.api.review.ReviewService;
import org.govmeeting.api.security.Actor;
import org.govmeeting.api.topic.TopicService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A topic's review chains and the acts on their steps. The signer is always the authenticated
 * caller; the request body never names who signs.
 */
@Tag(name = ApiTags.REVIEW)
@Component(service = ReviewsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("topics/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class ReviewsResource {
  private final ReviewService reviews;
  private final TopicService topics;

  @Activate
  public ReviewsResource(@Reference ReviewService reviews, @Reference TopicService topics) {
    this.reviews = reviews;
    this.topics = topics;
  }

  /** Every chain of the topic, oldest first: the history of each submission's sign-offs. */
  @GET
  @Operation(
      operationId = "listReviewChains",
      summary = "审核链 A topic's review chains",
      description =
          "Every chain of the topic, oldest first, with each step's signer, role, time and comment.")
  public List<ReviewChain> chains(@PathParam("id") long id, @Context SecurityContext sc) {
    visible(id, AccessFilter.actor(sc));
    return reviews.chains(id);
  }

  @POST
  @Path("{step}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "signReviewStep",
      summary = "签字 Sign a review step",
      description =
          "F4–F8: the step's role or named person signs, with an optional comment; the signer is"
              + " always the caller. When the last step is signed the topic is READY (S9). The"
              + " supervising vice-mayor's signature (F7) answers withinAuthority (S8, 400 without"
              + " it): true settles the topic there, chain closed, unless the mayor has lifted S8"
              + " for it.")
  public ReviewChain sign(
      @PathParam("id") long id,
      @PathParam("step") long step,
      @OptionalBody Bodies.Signature body,
      @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    visible(id, actor);
    return body == null
        ? topics.signReview(id, step, null, null, actor)
        : topics.signReview(id, step, body.comment, body.withinAuthority, actor);
  }

  @POST
  @Path("{step}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "returnReviewStep",
      summary = "退回 Return the topic to its unit",
      description =
          "The step's signer sends the topic back with reasons; it is RETURNED and editable.")
  public ReviewChain returnTopic(
      @PathParam("id") long id,
      @PathParam("step") long step,
      Bodies.Reason body,
      @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    visible(id, actor);
    return reviews.returnTopic(id, step, Params.body(body).reason, actor);
  }

  @POST
  @Path("{step}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rejectReviewStep",
      summary = "否决 Reject the topic",
      description = "The step's signer refuses the topic with reasons; it is REJECTED and closed.")
  public ReviewChain reject(
      @PathParam("id") long id,
      @PathParam("step") long step,
      Bodies.Reason body,
      @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    visible(id, actor);
    return reviews.reject(id, step, Params.body(body).reason, actor);
  }

  private void visible(long id, Actor actor) {
    if (topics.get(id, actor).isEmpty()) {
      throw new NotFoundException("议题", "topic", String.valueOf(id));
    }
  }
}

package org.govmeeting.rest.internal;

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
  public List<ReviewChain> chains(@PathParam("id") long id, @Context SecurityContext sc) {
    visible(id, AccessFilter.actor(sc));
    return reviews.chains(id);
  }

  @POST
  @Path("{step}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewChain sign(
      @PathParam("id") long id,
      @PathParam("step") long step,
      Bodies.Comment body,
      @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    visible(id, actor);
    return reviews.sign(id, step, body == null ? null : body.comment, actor);
  }

  @POST
  @Path("{step}/return")
  @Consumes(MediaType.APPLICATION_JSON)
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
      throw new NotFoundException("topic", String.valueOf(id));
    }
  }
}

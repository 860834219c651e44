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
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.minutes.Decision;
import org.govmeeting.api.minutes.Deliberation;
import org.govmeeting.api.minutes.DeliberationService;
import org.govmeeting.api.minutes.Position;
import org.govmeeting.api.minutes.Report;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The meeting's record: reports and positions by the secretariat, decisions by the chair. */
@Component(service = DeliberationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("deliberations/{meetingId}")
@Produces(MediaType.APPLICATION_JSON)
public class DeliberationsResource {
  private final DeliberationService deliberations;

  @Activate
  public DeliberationsResource(@Reference DeliberationService deliberations) {
    this.deliberations = deliberations;
  }

  /** The participants of the meeting and the secretariat (K3); others get 403. */
  @GET
  @Allowed
  public List<Deliberation> all(
      @PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    return deliberations.deliberations(meetingId, AccessFilter.actor(sc));
  }

  @GET
  @Path("{topicId}")
  @Allowed
  public Deliberation one(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      @Context SecurityContext sc) {
    return deliberations.deliberation(meetingId, topicId, AccessFilter.actor(sc));
  }

  @POST
  @Path("{topicId}/report")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  public Deliberation report(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      Report body,
      @Context SecurityContext sc) {
    return deliberations.recordReport(
        meetingId, topicId, Params.body(body), AccessFilter.actor(sc));
  }

  @POST
  @Path("{topicId}/positions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.SECRETARIAT)
  public Deliberation position(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      Position body,
      @Context SecurityContext sc) {
    return deliberations.recordPosition(
        meetingId, topicId, Params.body(body), AccessFilter.actor(sc));
  }

  @POST
  @Path("{topicId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR})
  public Deliberation decide(
      @PathParam("meetingId") long meetingId,
      @PathParam("topicId") long topicId,
      Decision body,
      @Context SecurityContext sc) {
    return deliberations.decide(meetingId, topicId, Params.body(body), AccessFilter.actor(sc));
  }

  @POST
  @Path("chair")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Role.MAYOR)
  public void entrust(
      @PathParam("meetingId") long meetingId, Bodies.PersonRef body, @Context SecurityContext sc) {
    deliberations.entrustChair(meetingId, Params.body(body).personId, AccessFilter.actor(sc));
  }
}

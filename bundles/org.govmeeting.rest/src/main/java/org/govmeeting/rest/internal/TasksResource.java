package org.govmeeting.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.supervision.Overview;
import org.govmeeting.api.supervision.SupervisionService;
import org.govmeeting.api.supervision.Task;
import org.govmeeting.api.topic.Page;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Supervised tasks (I1): progress by the owning unit, acceptance and chasing by the Office. */
@Component(service = TasksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {
  private final SupervisionService supervision;

  @Activate
  public TasksResource(@Reference SupervisionService supervision) {
    this.supervision = supervision;
  }

  /** A progress or completion report, or the Office's acceptance. */
  public static class TaskReport {
    public String text;
    public Integer percent;
    public String milestone;
    public boolean accept;
  }

  @GET
  @Allowed
  public Page<Task> list(
      @QueryParam("meeting") String meeting,
      @QueryParam("unit") String unit,
      @QueryParam("state") String state,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit,
      @Context SecurityContext sc) {
    return supervision.tasks(
        Params.id("meeting", meeting),
        PeopleResource.blankToNull(unit),
        Params.enumValue(Task.State.class, "state", state),
        Params.count("offset", offset, 0),
        Params.count("limit", limit, 50),
        AccessFilter.actor(sc));
  }

  /** A task of a confidential or undecided item: 404 to whoever may not know of it (K3). */
  @GET
  @Path("{id}")
  @Allowed
  public Task get(@PathParam("id") long id, @Context SecurityContext sc) {
    return supervision.task(id, AccessFilter.actor(sc));
  }

  @GET
  @Path("overview")
  @Allowed({Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public List<Overview> overview(
      @QueryParam("meeting") Long meeting,
      @QueryParam("unit") String unit,
      @QueryParam("asOf") String asOf) {
    return supervision.overview(meeting, PeopleResource.blankToNull(unit), instant(asOf));
  }

  @POST
  @Path("{id}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  public Task progress(@PathParam("id") long id, TaskReport body, @Context SecurityContext sc) {
    TaskReport r = Params.body(body);
    return supervision.reportProgress(id, r.text, r.percent, r.milestone, AccessFilter.actor(sc));
  }

  /** Attaches a file (the raw request body) to the task's reports. */
  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Allowed
  public javax.ws.rs.core.Response attach(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @javax.ws.rs.HeaderParam("Content-Type") String type,
      java.io.InputStream body,
      @Context SecurityContext sc,
      @Context javax.ws.rs.core.UriInfo uri) {
    String refused = Text.problem(name);
    if (refused != null) {
      throw new ValidationException("name", "the file name " + refused);
    }
    // Streamed into supervision as it arrives: never read whole here (issue 14 item 4).
    Task.Attachment a = supervision.attach(id, name, type, body, AccessFilter.actor(sc));
    return javax.ws.rs.core.Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(a.id)).build())
        .entity(a)
        .build();
  }

  @GET
  @Path("{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  @Allowed
  public javax.ws.rs.core.Response download(
      @PathParam("id") long id,
      @PathParam("attachment") long attachment,
      @Context SecurityContext sc) {
    org.govmeeting.api.security.Actor actor = AccessFilter.actor(sc);
    Task.Attachment a = supervision.attachment(id, attachment, actor);
    // As the topics' files: bytes to save unless the type is one a browser shows harmlessly.
    return Downloads.file(
        a.fileName,
        a.contentType,
        a.size,
        a.sha256,
        out -> supervision.writeAttachment(id, attachment, actor, out));
  }

  @POST
  @Path("{id}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  public Task completion(@PathParam("id") long id, TaskReport body, @Context SecurityContext sc) {
    return supervision.reportCompletion(id, Params.body(body).text, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Task accept(@PathParam("id") long id, TaskReport body, @Context SecurityContext sc) {
    TaskReport r = Params.body(body);
    return supervision.accept(id, r.accept, r.text, AccessFilter.actor(sc));
  }

  /** Runs reminders and chasing now, or as of a given time (the timer does this every hour). */
  @POST
  @Path("reminders")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Map<String, Integer> chase(@QueryParam("asOf") String asOf, @Context SecurityContext sc) {
    return Map.of("sent", supervision.chase(instant(asOf), AccessFilter.actor(sc)));
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return Instant.now();
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ValidationException("asOf", "an ISO-8601 instant like 2027-01-31T00:00:00Z");
    }
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.BeanParam;
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
@Tag(name = ApiTags.SUPERVISION)
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

  @GET
  @Allowed
  @Operation(
      operationId = "listTasks",
      summary = "督办事项 Supervised tasks",
      description =
          "Newest first, paged; a task of a restricted item only for its participants, units and"
              + " supervisors (K3).")
  public Page<Task> list(
      @QueryParam("meeting")
          @Parameter(
              description = "The meeting that decided",
              schema = @Schema(type = "integer", format = "int64"))
          String meeting,
      @QueryParam("unit") @Parameter(description = "A unit that carries it", example = "EDUCATION")
          String unit,
      @QueryParam("state") @Parameter(schema = @Schema(implementation = Task.State.class))
          String state,
      @BeanParam Paging paging,
      @Context SecurityContext sc) {
    return supervision.tasks(
        Params.id("meeting", meeting),
        PeopleResource.blankToNull(unit),
        Params.enumValue(Task.State.class, "state", state),
        paging.offset(),
        paging.limit(),
        AccessFilter.actor(sc));
  }

  /** A task of a confidential or undecided item: 404 to whoever may not know of it (K3). */
  @GET
  @Path("{id}")
  @Allowed
  @Operation(
      operationId = "getTask",
      summary = "读取督办事项 Read a task",
      description = "404 to whoever may not know of it (K3).")
  public Task get(@PathParam("id") long id, @Context SecurityContext sc) {
    return supervision.task(id, AccessFilter.actor(sc));
  }

  @GET
  @Path("overview")
  @Allowed({Role.MAYOR, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "getTaskOverview",
      summary = "督办总览 Timeliness per meeting and unit",
      description =
          "How many tasks are open, due soon, overdue, completed and accepted, as of a time.")
  public List<Overview> overview(
      @QueryParam("meeting") @Parameter(schema = @Schema(type = "integer", format = "int64"))
          String meeting,
      @QueryParam("unit") @Parameter(example = "EDUCATION") String unit,
      @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(format = "date-time"))
          String asOf) {
    return supervision.overview(
        Params.id("meeting", meeting), PeopleResource.blankToNull(unit), instant(asOf));
  }

  @POST
  @Path("{id}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "reportTaskProgress",
      summary = "报告进展 Report progress",
      description = "I1: the owning unit reports progress, with a percentage and a milestone.")
  public Task progress(
      @PathParam("id") long id, Bodies.ProgressReport body, @Context SecurityContext sc) {
    Bodies.ProgressReport r = Params.body(body);
    return supervision.reportProgress(id, r.text, r.percent, r.milestone, AccessFilter.actor(sc));
  }

  /** Attaches a file (the raw request body) to the task's reports. */
  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Allowed
  @Operation(
      operationId = "attachTaskFile",
      summary = "上传附件 Attach a file to the reports",
      description = "The raw file as the body, stored with its SHA-256. Send `X-Requested-With`.")
  @ApiResponse(
      responseCode = "201",
      description = "The stored attachment",
      content = @Content(schema = @Schema(implementation = Task.Attachment.class)))
  public javax.ws.rs.core.Response attach(
      @PathParam("id") long id,
      @QueryParam("name")
          @Parameter(required = true, description = "The file's name", example = "进展报告.pdf")
          String name,
      @javax.ws.rs.HeaderParam("Content-Type") @Parameter(hidden = true) String type,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = Downloads.BYTES,
                      schema = @Schema(type = "string", format = "binary")))
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
  @Operation(
      operationId = "downloadTaskAttachment",
      summary = "下载附件 Download an attachment",
      description =
          "As an attachment, of its own type if a document or image type on the list, else"
              + " application/octet-stream.")
  @Downloads.File
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
  @Operation(
      operationId = "reportTaskCompletion",
      summary = "报告完成 Report completion",
      description = "I1: the owning unit reports the task done; the Office accepts it.")
  public Task completion(
      @PathParam("id") long id, Bodies.CompletionReport body, @Context SecurityContext sc) {
    return supervision.reportCompletion(id, Params.body(body).text, AccessFilter.actor(sc));
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "acceptTask",
      summary = "验收 Accept a completed task",
      description = "The Office accepts the completion, or sends it back with the reason.")
  public Task accept(
      @PathParam("id") long id, Bodies.Acceptance body, @Context SecurityContext sc) {
    Bodies.Acceptance r = Params.body(body);
    return supervision.accept(id, r.accept, r.text, AccessFilter.actor(sc));
  }

  /** Runs reminders and chasing now, or as of a given time (the timer does this every hour). */
  @POST
  @Path("reminders")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "sendReminders",
      summary = "催办 Run reminders and chasing",
      description =
          "Reminders before and chasing notices (催办) after each deadline, now or as of a time; the"
              + " timer does this every hour. No body.")
  @ApiResponse(
      responseCode = "200",
      description = "How many notices were sent",
      content = @Content(schema = @Schema(implementation = Sent.class)))
  public Sent chase(
      @QueryParam("asOf") @Parameter(description = AS_OF, schema = @Schema(format = "date-time"))
          String asOf,
      @Context SecurityContext sc) {
    Sent s = new Sent();
    s.sent = supervision.chase(instant(asOf), AccessFilter.actor(sc));
    return s;
  }

  /** How many reminders and chasing notices a run sent. */
  @Schema(requiredProperties = "sent")
  public static class Sent {
    @Schema(minimum = "0")
    public int sent;
  }

  private static final String AS_OF = "An ISO-8601 instant, now if absent";

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

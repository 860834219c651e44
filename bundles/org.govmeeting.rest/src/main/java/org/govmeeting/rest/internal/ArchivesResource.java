package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.minutes.Archive;
import org.govmeeting.api.minutes.ArchiveDue;
import org.govmeeting.api.minutes.MinutesService;
import org.govmeeting.api.minutes.RecordingReference;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Meeting archives (M3), gathered, listed and downloaded by the Government Office. */
@Tag(name = ApiTags.MINUTES)
@Component(service = ArchivesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("archives")
@Produces(MediaType.APPLICATION_JSON)
public class ArchivesResource {
  private final MinutesService minutes;

  @Activate
  public ArchivesResource(@Reference MinutesService minutes) {
    this.minutes = minutes;
  }

  @GET
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "listArchives",
      summary = "档案 Meeting archives",
      description = "Every archive gathered (M3).")
  public List<Archive> list(@Context SecurityContext sc) {
    return minutes.archives(AccessFilter.actor(sc));
  }

  @POST
  @Path("{meetingId}")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "archiveMeeting",
      summary = "归档 Archive a meeting",
      description =
          "M3: minutes (text, PDF, every signed link with its signature, errata), agenda and"
              + " topic forms, the record of positions and decisions, attendance, leave,"
              + " discipline, the recordings' references and the materials with their files."
              + " Gathered again, a new edition; `late` when the first came after `dueBy`. No"
              + " body.")
  @ApiResponse(
      responseCode = "201",
      description = "The archive, at its `Location`",
      content = @Content(schema = @Schema(implementation = Archive.class)))
  public Response gather(
      @PathParam("meetingId") long meetingId, @Context SecurityContext sc, @Context UriInfo uri) {
    Archive a = minutes.archive(meetingId, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(a).build();
  }

  @GET
  @Path("due")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "listArchivesDue",
      summary = "待归档 Meetings still to archive",
      description =
          "M3: every meeting whose minutes are issued and not yet archived, soonest due first;"
              + " `overdue` once the period the Office set after the mayor's signature has passed.")
  public List<ArchiveDue> due(@Context SecurityContext sc) {
    return minutes.archivesDue(AccessFilter.actor(sc));
  }

  @GET
  @Path("{meetingId}")
  @Produces("application/zip")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "downloadArchive",
      summary = "下载档案 Download a meeting's archive",
      description =
          "The archive as one zip file, streamed: the minutes in every signed form (signed/),"
              + " the printed documents, the record, the materials' files (materials/), the"
              + " recordings' references and manifest.txt, listing every entry's SHA-256.")
  @ApiResponse(
      responseCode = "200",
      description = "The archive; its SHA-256 as `ETag` and `Digest`",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = "string", format = "binary")))
  public Response download(@PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    Actor actor = AccessFilter.actor(sc);
    Archive a = minutes.describeArchive(meetingId, actor);
    return Downloads.file(
        "meeting-" + meetingId + ".zip",
        "application/zip",
        a.size,
        a.sha256,
        out -> minutes.writeArchive(meetingId, actor, out));
  }

  @POST
  @Path("{meetingId}/recordings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "addRecordingReference",
      summary = "登记会议录音录像 Register where the meeting's recording is kept",
      description =
          "M3: the meeting's own recording, by reference (the medium or store it is kept on),"
              + " once the meeting is held; archived with the record. Never changed.")
  @ApiResponse(
      responseCode = "201",
      description = "The reference, at its `Location`",
      content = @Content(schema = @Schema(implementation = RecordingReference.class)))
  public Response addRecording(
      @PathParam("meetingId") long meetingId,
      Bodies.Recording body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    Bodies.Recording b = Params.body(body);
    RecordingReference r = new RecordingReference();
    r.medium = b.medium;
    r.location = b.location;
    r.sha256 = b.sha256;
    r.durationMinutes = b.durationMinutes;
    r.note = b.note;
    RecordingReference added = minutes.addRecording(meetingId, r, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id)).build())
        .entity(added)
        .build();
  }

  @GET
  @Path("{meetingId}/recordings")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "listRecordingReferences",
      summary = "会议录音录像 The meeting's recordings",
      description = "Where each recording of the meeting is kept (M3), oldest first.")
  public List<RecordingReference> recordings(
      @PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    return minutes.recordings(meetingId, AccessFilter.actor(sc));
  }
}

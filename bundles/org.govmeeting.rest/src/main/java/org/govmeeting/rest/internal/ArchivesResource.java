package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import org.govmeeting.api.minutes.MinutesService;
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
          "M3: minutes (text, PDF, errata), agenda, the record of positions and decisions,"
              + " attendance, leave, discipline, recording references and materials. No body.")
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
  @Path("{meetingId}")
  @Produces("application/zip")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "downloadArchive",
      summary = "下载档案 Download a meeting's archive",
      description = "The archive as one zip file.")
  @ApiResponse(
      responseCode = "200",
      description = "The archive",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = "string", format = "binary")))
  public Response download(@PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    return Response.ok(minutes.archiveContent(meetingId, AccessFilter.actor(sc)), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"meeting-" + meetingId + ".zip\"")
        .build();
  }
}

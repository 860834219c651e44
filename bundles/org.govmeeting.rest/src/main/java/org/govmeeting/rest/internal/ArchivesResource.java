package org.govmeeting.rest.internal;

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
  public List<Archive> list(@Context SecurityContext sc) {
    return minutes.archives(AccessFilter.actor(sc));
  }

  @POST
  @Path("{meetingId}")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Response gather(
      @PathParam("meetingId") long meetingId, @Context SecurityContext sc, @Context UriInfo uri) {
    Archive a = minutes.archive(meetingId, AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(a).build();
  }

  @GET
  @Path("{meetingId}")
  @Produces("application/zip")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  public Response download(@PathParam("meetingId") long meetingId, @Context SecurityContext sc) {
    return Response.ok(minutes.archiveContent(meetingId, AccessFilter.actor(sc)), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"meeting-" + meetingId + ".zip\"")
        .build();
  }
}

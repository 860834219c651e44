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
import org.govmeeting.api.attendance.AttendanceService;
import org.govmeeting.api.attendance.DisciplineEntry;
import org.govmeeting.api.directory.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Breaches of meeting discipline, recorded by the Office (K2, K3). */
@Tag(name = ApiTags.ATTENDANCE)
@Component(service = DisciplineResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/discipline")
@Produces(MediaType.APPLICATION_JSON)
public class DisciplineResource {
  private final AttendanceService attendance;

  @Activate
  public DisciplineResource(@Reference AttendanceService attendance) {
    this.attendance = attendance;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "recordDiscipline",
      summary = "记录会议纪律 Record a breach of meeting discipline",
      description = "K2, K3: late arrival, leaving without leave, a phone, recording, disclosure.")
  @ApiResponse(
      responseCode = "201",
      description = "The entry",
      content = @Content(schema = @Schema(implementation = DisciplineEntry.class)))
  public Response recordDiscipline(
      @PathParam("id") long id,
      DisciplineEntry body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    DisciplineEntry d = attendance.recordDiscipline(id, Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePath()).entity(d).build();
  }

  @GET
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "listDiscipline",
      summary = "会议纪律记录 The meeting's discipline entries",
      description = "Every entry the Office recorded (K2, K3).")
  public List<DisciplineEntry> discipline(@PathParam("id") long id) {
    return attendance.discipline(id);
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DirectoryChange;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.directory.UnitKind;
import org.govmeeting.api.error.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The district's units and which vice-mayor supervises each (the portfolios). */
@Tag(name = ApiTags.DIRECTORY)
@Component(service = UnitsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {
  private final Directory directory;

  @Activate
  public UnitsResource(@Reference Directory directory) {
    this.directory = directory;
  }

  /** The body of a portfolio change. */
  @Schema(
      description = "调整分管 The new supervisor and why",
      requiredProperties = {"supervisorId", "reason"})
  public static class SupervisorChange {
    @Schema(example = "wang.hong")
    public String supervisorId;

    public String reason;
  }

  @GET
  @Allowed
  @Operation(
      operationId = "listUnits",
      summary = "单位 The district's units",
      description = "Filtered by kind; `supervisor` lists a vice-mayor's portfolio.")
  public List<Unit> list(
      @QueryParam("kind") @Parameter(schema = @Schema(implementation = UnitKind.class)) String kind,
      @QueryParam("supervisor")
          @Parameter(description = "A vice-mayor's id: their portfolio", example = "wang.hong")
          String supervisor) {
    return directory.units(
        Params.enumValue(UnitKind.class, "kind", kind), PeopleResource.blankToNull(supervisor));
  }

  @GET
  @Path("{id}")
  @Allowed
  @Operation(
      operationId = "getUnit",
      summary = "单位信息 One unit",
      description = "With its head and supervisor.")
  public Unit get(@PathParam("id") String id) {
    return directory.unit(id).orElseThrow(() -> new NotFoundException("unit", id));
  }

  @PUT
  @Path("{id}/supervisor")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "assignUnitSupervisor",
      summary = "调整分管 Move a unit to another portfolio",
      description =
          "The Office moves a unit to another vice-mayor's portfolio, with the reason; recorded.")
  public Unit assignSupervisor(
      @PathParam("id") String id, SupervisorChange body, @Context SecurityContext security) {
    SupervisorChange change = Params.body(body);
    return directory.assignSupervisor(
        id, change.supervisorId, change.reason, AccessFilter.actor(security));
  }

  @GET
  @Path("{id}/changes")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "listUnitChanges",
      summary = "单位变更记录 A unit's changes",
      description = "Who changed the unit, when, in which role and why, newest first, paged.")
  public List<DirectoryChange> changes(@PathParam("id") String id, @BeanParam Paging paging) {
    get(id);
    return directory.changes(id, paging.offset(), paging.limit());
  }
}

package org.govmeeting.rest.internal;

import java.util.List;
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
  public static class SupervisorChange {
    public String supervisorId;
    public String reason;
  }

  @GET
  @Allowed
  public List<Unit> list(
      @QueryParam("kind") String kind, @QueryParam("supervisor") String supervisor) {
    return directory.units(
        Params.enumValue(UnitKind.class, "kind", kind), PeopleResource.blankToNull(supervisor));
  }

  @GET
  @Path("{id}")
  @Allowed
  public Unit get(@PathParam("id") String id) {
    return directory.unit(id).orElseThrow(() -> new NotFoundException("unit", id));
  }

  @PUT
  @Path("{id}/supervisor")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  public Unit assignSupervisor(
      @PathParam("id") String id, SupervisorChange body, @Context SecurityContext security) {
    SupervisorChange change = Params.body(body);
    return directory.assignSupervisor(
        id, change.supervisorId, change.reason, AccessFilter.actor(security));
  }

  @GET
  @Path("{id}/changes")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  public List<DirectoryChange> changes(
      @PathParam("id") String id,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    get(id);
    return directory.changes(
        id, Params.count("offset", offset, 0), Math.min(Params.count("limit", limit, 50), 500));
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Unit;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Who the caller is: their person, unit, roles and portfolio. */
@Tag(name = ApiTags.DIRECTORY)
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  private final Directory directory;

  @Activate
  public MeResource(@Reference Directory directory) {
    this.directory = directory;
  }

  /** The caller as the directory knows them. */
  public static class Me {
    public Person person;
    public Unit unit;

    /** The caller's district: everything they see and do is its. */
    public District district;

    /**
     * The zone the caller's times are written in: their district's own, else the platform's (what
     * the web app shows times in, whatever the browser's zone).
     */
    public String timeZone;
  }

  @GET
  @Allowed
  @Operation(
      operationId = "getMe",
      summary = "当前用户 Who the caller is",
      description =
          "The caller as the directory knows them: person (roles, member or regular attendee,"
              + " portfolio), unit and district.")
  public Me me(@Context SecurityContext security) {
    Actor actor = AccessFilter.actor(security);
    Me me = new Me();
    me.person =
        directory
            .person(actor.personId())
            .orElseThrow(() -> new NotFoundException("人员", "person", actor.personId()));
    me.unit = directory.unit(me.person.unitId).orElse(null);
    me.district = directory.district(me.person.districtId).orElse(null);
    me.timeZone = directory.zone().getId();
    return me;
  }
}

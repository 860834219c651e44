package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.NewPerson;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The district's people. Everyone may browse; the Government Office maintains. */
@Tag(name = ApiTags.DIRECTORY)
@Component(service = PeopleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {
  private final Directory directory;

  @Activate
  public PeopleResource(@Reference Directory directory) {
    this.directory = directory;
  }

  @GET
  @Allowed
  @Operation(
      operationId = "listPeople",
      summary = "人员 The district's people",
      description = "Filtered by unit and role.")
  public List<Person> list(
      @QueryParam("unit") @Parameter(example = "EDUCATION") String unit,
      @QueryParam("role") @Parameter(schema = @Schema(implementation = Role.class)) String role) {
    return directory.people(blankToNull(unit), Params.enumValue(Role.class, "role", role));
  }

  @GET
  @Path("{id}")
  @Allowed
  @Operation(
      operationId = "getPerson",
      summary = "人员信息 One person",
      description = "With their roles and portfolio.")
  public Person get(@PathParam("id") String id) {
    return directory.person(id).orElseThrow(() -> new NotFoundException("person", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "addPerson",
      summary = "新增人员 Add a person",
      description =
          "The Office adds a person to the directory; the change is recorded with who and why.")
  @ApiResponse(
      responseCode = "201",
      description = "The person, at their `Location`",
      content = @Content(schema = @Schema(implementation = Person.class)))
  public Response add(NewPerson body, @Context SecurityContext security, @Context UriInfo uri) {
    Person p = directory.addPerson(Params.body(body), AccessFilter.actor(security));
    URI location = uri.getAbsolutePathBuilder().path(p.id).build();
    return Response.created(location).entity(p).build();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

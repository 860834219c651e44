package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.District;
import org.govmeeting.api.directory.DistrictSettings;
import org.govmeeting.api.directory.NewDistrict;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.govmeeting.api.review.PolicyChoice;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The districts the platform serves, for the platform administrator: adding one with its roster,
 * and choosing each one's policy. A district's staff never name a district: theirs is their own.
 */
@Tag(name = ApiTags.DIRECTORY)
@Component(service = DistrictsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("districts")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.PLATFORM_ADMINISTRATOR)
public class DistrictsResource {
  private final Directory directory;
  private final ReviewService reviews;

  @Activate
  public DistrictsResource(@Reference Directory directory, @Reference ReviewService reviews) {
    this.directory = directory;
    this.reviews = reviews;
  }

  /** The body of a policy choice. */
  @Schema(
      description = "选用审核规则 Which policy builds the district's review chains, and why",
      requiredProperties = {"policy", "reason"})
  public static class PolicyChange {
    @Schema(description = "The policy's key, as GET /policies lists it", example = "dongfeng")
    public String policy;

    @Schema(description = "Held to this version; the highest installed one if left out")
    public String version;

    @Schema(example = "东风区政府常务会议决定自2027年1月1日起适用本区规则")
    public String reason;
  }

  @GET
  @Operation(
      operationId = "listDistricts",
      summary = "区 The districts the platform serves",
      description = "The default district first, each with the size of its roster.")
  public List<District> list() {
    return directory.districts();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getDistrict",
      summary = "区信息 One district",
      description = "Its name, when and by whom it was added, and the size of its roster.")
  public District get(@PathParam("id") String id) {
    return directory.district(id).orElseThrow(() -> new NotFoundException("区", "district", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addDistrict",
      summary = "新增区 Add a district with its roster",
      description =
          "At once and without a restart. The roster is the tab-separated form of the built-in one"
              + " (unit and person lines); its people belong to the new district, and their IDs"
              + " must be nobody's yet. Every problem of the body at once, the roster's with its"
              + " line.")
  @ApiResponse(
      responseCode = "201",
      description = "The district, at its `Location`",
      content = @Content(schema = @Schema(implementation = District.class)))
  public Response add(NewDistrict body, @Context SecurityContext security, @Context UriInfo uri) {
    District d = directory.addDistrict(Params.body(body), AccessFilter.actor(security));
    URI location = uri.getAbsolutePathBuilder().path(d.id).build();
    return Response.created(location).entity(d).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeDistrict",
      summary = "修改区设置 Change a district's name and settings",
      description =
          "Its name, first meeting number, default cut-off, time zone and time limits (due-soon"
              + " days, archive period), at once and without a"
              + " restart; a setting left out falls back to the platform's. `If-Match` carries the"
              + " `ETag` read (the district's revision). Meetings convened already keep their"
              + " cut-off; a raised first number moves numbering on, a lower one gives no number"
              + " twice. Recorded with who, when, why and the settings before.")
  public District change(
      @PathParam("id") String id,
      DistrictSettings body,
      @HeaderParam("If-Match") String ifMatch,
      @Context SecurityContext security) {
    return directory.changeDistrict(
        id, Params.body(body), Params.revision(ifMatch), AccessFilter.actor(security));
  }

  @GET
  @Path("{id}/policy")
  @Operation(
      operationId = "getDistrictPolicy",
      summary = "区审核规则 The district's policy",
      description =
          "Its own choice with who made it, when and why, or the platform's default where it has"
              + " made none; and the policy in force.")
  public PolicyChoice policy(@PathParam("id") String id) {
    get(id);
    return reviews.policyChoice(id);
  }

  @PUT
  @Path("{id}/policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "chooseDistrictPolicy",
      summary = "选用审核规则 Choose the district's policy",
      description =
          "The next chain of the district is built by it; chains already running keep theirs, and"
              + " other districts are not touched. Recorded with who, when and why.")
  public PolicyChoice choosePolicy(
      @PathParam("id") String id, PolicyChange body, @Context SecurityContext security) {
    get(id);
    PolicyChange change = Params.body(body);
    return reviews.choosePolicy(
        id, change.policy, change.version, change.reason, AccessFilter.actor(security));
  }
}

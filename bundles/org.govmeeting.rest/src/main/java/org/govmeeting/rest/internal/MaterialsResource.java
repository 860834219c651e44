package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.meeting.MaterialsStatus;
import org.govmeeting.api.meeting.MeetingPlanner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** A meeting's materials (M1, M2): the uniform set, the departments' deliveries, distribution. */
@Tag(name = ApiTags.MEETINGS)
@Component(service = MaterialsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialsResource {
  private final MeetingPlanner planner;

  @Activate
  public MaterialsResource(@Reference MeetingPlanner planner) {
    this.planner = planner;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "setMaterialsFormat",
      summary = "确定会议材料格式 Set the materials set",
      description = "M1/M2: the uniform format and how many copies.")
  public MaterialsStatus setMaterials(
      @PathParam("id") long id, Bodies.MaterialsFormat body, @Context SecurityContext sc) {
    Bodies.MaterialsFormat f = Params.body(body);
    return planner.setMaterialsFormat(id, f.format, f.copies, AccessFilter.actor(sc));
  }

  @POST
  @Path("deliveries")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "deliverMaterials",
      summary = "报送会议材料 Deliver a topic's materials",
      description =
          "M2: the lead department delivers its materials for the topic; late ones are flagged.")
  public MaterialsStatus deliver(
      @PathParam("id") long id, Bodies.TopicRef body, @Context SecurityContext sc) {
    return planner.deliver(id, Params.body(body).topicId, AccessFilter.actor(sc));
  }

  @POST
  @Path("distribution")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF})
  @Operation(
      operationId = "distributeMaterials",
      summary = "分发会议材料 Distribute the materials",
      description = "M1: the Office distributes the set to the participants. No body.")
  public MaterialsStatus distribute(@PathParam("id") long id, @Context SecurityContext sc) {
    return planner.distribute(id, AccessFilter.actor(sc));
  }

  @GET
  @Allowed({Role.SECRETARIAT, Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "getMaterials",
      summary = "会议材料 The materials",
      description = "The set, deliveries, receipts, deadlines and late flags (M1, M2).")
  public MaterialsStatus materials(@PathParam("id") long id) {
    return planner.materials(id);
  }
}

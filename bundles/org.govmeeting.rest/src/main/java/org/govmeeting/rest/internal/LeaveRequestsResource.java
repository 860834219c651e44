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
import org.govmeeting.api.attendance.LeaveRequest;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.error.NotFoundException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Leave and early departure (K1, K2): asked by the person, decided by the approver the rules name.
 */
@Tag(name = ApiTags.ATTENDANCE)
@Component(service = LeaveRequestsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/leave-requests")
@Produces(MediaType.APPLICATION_JSON)
public class LeaveRequestsResource {
  private final AttendanceService attendance;

  @Activate
  public LeaveRequestsResource(@Reference AttendanceService attendance) {
    this.attendance = attendance;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed
  @Operation(
      operationId = "requestLeave",
      summary = "请假 Ask for leave or to leave early",
      description =
          "K1/K2, for oneself. An attendee applies in writing (`written`) and may send a"
              + " responsible person of their own unit (`delegateId`); `approverRole` says who"
              + " decides.")
  @ApiResponse(
      responseCode = "201",
      description = "The request, pending",
      content = @Content(schema = @Schema(implementation = LeaveRequest.class)))
  public Response requestLeave(
      @PathParam("id") long id,
      LeaveRequest body,
      @Context SecurityContext sc,
      @Context UriInfo uri) {
    LeaveRequest r = attendance.request(id, Params.body(body), AccessFilter.actor(sc));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id)).build())
        .entity(r)
        .build();
  }

  @GET
  @Allowed
  @Operation(
      operationId = "listLeaveRequests",
      summary = "请假申请 The meeting's leave requests",
      description =
          "Those the caller may see: their own, or all for those who decide or keep them.")
  public List<LeaveRequest> leaveRequests(@PathParam("id") long id, @Context SecurityContext sc) {
    return attendance.requests(id, AccessFilter.actor(sc));
  }

  @POST
  @Path("{request}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR})
  @Operation(
      operationId = "approveLeaveRequest",
      summary = "批准请假 Approve a leave request",
      description =
          "The approver the rules name decides: the mayor, or the executive vice-mayor for an"
              + " attendee leaving early (K1, K2). The note is optional.")
  public LeaveRequest approve(
      @PathParam("id") long id,
      @PathParam("request") long request,
      @OptionalBody Bodies.Note body,
      @Context SecurityContext sc) {
    return ofMeeting(
        id,
        attendance.decide(request, true, body == null ? null : body.note, AccessFilter.actor(sc)));
  }

  @POST
  @Path("{request}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR})
  @Operation(
      operationId = "refuseLeaveRequest",
      summary = "不准假 Refuse a leave request",
      description = "As approving; the person is expected at the meeting.")
  public LeaveRequest refuse(
      @PathParam("id") long id,
      @PathParam("request") long request,
      @OptionalBody Bodies.Note body,
      @Context SecurityContext sc) {
    return ofMeeting(
        id,
        attendance.decide(request, false, body == null ? null : body.note, AccessFilter.actor(sc)));
  }

  /**
   * The request decided, if it is of the meeting in the path; else 404, and the act (one
   * transaction) is rolled back with the error answer, so a request of another meeting is never
   * decided through this one's path.
   */
  private static LeaveRequest ofMeeting(long meetingId, LeaveRequest r) {
    if (r.meetingId != meetingId) {
      throw new NotFoundException("leave request of meeting " + meetingId, String.valueOf(r.id));
    }
    return r;
  }
}

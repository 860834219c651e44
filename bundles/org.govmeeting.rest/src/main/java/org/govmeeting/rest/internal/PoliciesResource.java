package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.directory.Role;
import org.govmeeting.api.document.DocumentService;
import org.govmeeting.api.error.ValidationException;
import org.govmeeting.api.policy.DryRunMeeting;
import org.govmeeting.api.policy.DryRunTopic;
import org.govmeeting.api.policy.PolicyDiff;
import org.govmeeting.api.policy.PolicyDryRun;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The installed district policies, with versions, and which one is active; a policy tried on past
 * topics before it is selected.
 */
@Tag(name = ApiTags.REVIEW)
@Component(service = PoliciesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {
  private final ReviewService reviews;
  private final PolicyDryRun dryRuns;

  /** Optional: the JSON comparison is served while the printing module is down. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile DocumentService documents;

  @Activate
  public PoliciesResource(@Reference ReviewService reviews, @Reference PolicyDryRun dryRuns) {
    this.reviews = reviews;
    this.dryRuns = dryRuns;
  }

  @GET
  @Allowed
  @Operation(
      operationId = "listPolicies",
      summary = "审核政策 The district policies",
      description = "Every installed policy with its version, and which is active.")
  public List<PolicyInfo> list() {
    return reviews.policies();
  }

  @GET
  @Path("diff")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "diffPolicies",
      summary = "比较两项审核政策 Where two policies disagree",
      description =
          "Two installed policies (`a` and `b`, each `district:version`) compared: the thresholds"
              + " that differ (quorum at each count of members, materials lead time, liftable"
              + " clauses), the standard scenarios they treat differently, and with `meeting` that"
              + " meeting's topics. 404 if either is not installed.")
  public PolicyDiff diff(
      @QueryParam("a") @Parameter(description = "district:version", example = "qianjin:2021.3")
          String a,
      @QueryParam("b") @Parameter(description = "district:version", example = "dongfeng:2024.1")
          String b,
      @QueryParam("meeting")
          @Parameter(
              description = "A meeting whose topics to compare too",
              schema = @Schema(type = "integer", format = "int64"))
          String meeting,
      @Context SecurityContext sc) {
    String[] pa = policyRef("a", a);
    String[] pb = policyRef("b", b);
    return dryRuns.diff(
        pa[0], pa[1], pb[0], pb[1], Params.id("meeting", meeting), AccessFilter.actor(sc));
  }

  @GET
  @Path("diff.pdf")
  @Produces("application/pdf")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "downloadPolicyDiffPdf",
      summary = "审核政策比较PDF Where two policies disagree, as a PDF",
      description =
          "The comparison of GET /policies/diff printed for a district's legal office, in the house"
              + " style of the compliance report (PDF/A-2b): the thresholds, the standard scenarios"
              + " and, with `meeting`, that meeting's topics the two treat differently, by clause"
              + " and by step. 404 if either is not installed.")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF/A-2b",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  public Response diffPdf(
      @QueryParam("a") @Parameter(description = "district:version", example = "qianjin:2021.3")
          String a,
      @QueryParam("b") @Parameter(description = "district:version", example = "dongfeng:2024.1")
          String b,
      @QueryParam("meeting")
          @Parameter(
              description = "A meeting whose topics to compare too",
              schema = @Schema(type = "integer", format = "int64"))
          String meeting,
      @Context SecurityContext sc) {
    PolicyDiff d = diff(a, b, meeting, sc);
    DocumentService printer = documents;
    if (printer == null) {
      throw new org.govmeeting.api.error.UnavailableException(
          "打印服务（会议记录模块）暂不可用，请稍后重试或改取JSON格式",
          "the printing module (minutes) is not running; the JSON comparison is available");
    }
    return Downloads.pdf(
        printer.policyDiff(d),
        "policy-diff-" + a.replace(':', '-') + "-" + b.replace(':', '-') + ".pdf");
  }

  private static String[] policyRef(String name, String value) {
    String[] parts = value == null ? new String[0] : value.split(":", 2);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new ValidationException(
          name, "请按“区:版本”填写审核政策，例如 qianjin:2021.3", "district:version, e.g. qianjin:2021.3");
    }
    return parts;
  }

  @POST
  @WritesNothing
  @Path("{district}/{version}/dry-run")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "dryRunPolicy",
      summary = "试运行审核政策 Try a policy on past topics",
      description =
          "Runs an installed policy, active or not, over the topics of a meeting (`meetingId`),"
              + " the topics named (`topicIds`) or those submitted in a period (`from`, `to`: the"
              + " district's days, 366 at most): for each, what would have blocked it, the chain"
              + " it would have built, and the steps added to or missing from its real chain."
              + " Nothing is written. 404 if no policy of that district and version is installed.")
  @ApiResponse(
      responseCode = "200",
      description = "One entry per topic",
      content =
          @Content(array = @ArraySchema(schema = @Schema(implementation = DryRunTopic.class))))
  public List<DryRunTopic> dryRun(
      @PathParam("district") String district,
      @PathParam("version") String version,
      Bodies.DryRun body,
      @Context SecurityContext sc) {
    Bodies.DryRun b = Params.body(body);
    if (b.from != null || b.to != null) {
      if (b.from == null || b.to == null) {
        throw new ValidationException(
            b.from == null ? "from" : "to", "请填写期间的起止日期", "a period needs from and to");
      }
      return dryRuns.dryRun(district, version, b.from, b.to, AccessFilter.actor(sc));
    }
    if (b.meetingId == null && (b.topicIds == null || b.topicIds.isEmpty())) {
      throw new ValidationException(
          "meetingId",
          "请指定会议、议题或期间",
          "name a meeting (meetingId), topics (topicIds) or a period (from, to)");
    }
    return dryRuns.dryRun(
        district,
        version,
        b.meetingId,
        b.topicIds == null ? List.of() : b.topicIds,
        AccessFilter.actor(sc));
  }

  @GET
  @Path("{district}/{version}/dry-run/meetings/{meetingId}")
  @Allowed({Role.OFFICE_DIRECTOR, Role.OFFICE_STAFF, Role.MAYOR})
  @Operation(
      operationId = "dryRunPolicyOnMeeting",
      summary = "在一次会议上试运行审核政策 Try a policy on a meeting",
      description =
          "An installed policy, active or not, on one meeting as it was held: whether the members"
              + " present make a quorum under it and under the policy in force (C1), when the"
              + " materials were to reach the leaders and which of them would have been late"
              + " (M2), what would have been otherwise (`changes`, Chinese and English), and its"
              + " topics as the dry-run gives them. Nothing is written. 404 if the policy is not"
              + " installed or there is no such meeting.")
  @ApiResponse(
      responseCode = "200",
      description = "The meeting's verdicts side by side, and its topics",
      content = @Content(schema = @Schema(implementation = DryRunMeeting.class)))
  public DryRunMeeting dryRunMeeting(
      @PathParam("district") String district,
      @PathParam("version") String version,
      @PathParam("meetingId") long meetingId,
      @Context SecurityContext sc) {
    return dryRuns.dryRunMeeting(district, version, meetingId, AccessFilter.actor(sc));
  }
}

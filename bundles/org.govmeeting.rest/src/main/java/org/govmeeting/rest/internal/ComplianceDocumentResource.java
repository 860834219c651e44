package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.compliance.ComplianceService;
import org.govmeeting.api.document.DocumentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The compliance report (合规审查报告) as a printable PDF/A-2b, for a link or a download; refused as
 * {@code GET /meetings/{id}/compliance} is (K3).
 */
@Component(service = ComplianceDocumentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/compliance.pdf")
public class ComplianceDocumentResource {
  private final ComplianceService compliance;
  private final DocumentService documents;

  @Activate
  public ComplianceDocumentResource(
      @Reference ComplianceService compliance, @Reference DocumentService documents) {
    this.compliance = compliance;
    this.documents = documents;
  }

  @GET
  @ReadsAcrossModules
  @Produces("application/pdf")
  @Allowed
  @Operation(
      operationId = "downloadMeetingCompliancePdf",
      tags = ApiTags.COMPLIANCE,
      summary = "合规审查报告PDF The compliance report as a PDF",
      description =
          "The compliance report of GET /meetings/{id}/compliance printed in the house style of"
              + " the agenda, as PDF/A-2b: when it was made and at which stage, the policy in"
              + " force, the counts per verdict, then the meeting's clauses and each topic's,"
              + " each with its verdict, why, the mayor's exception and its evidence. Refused as"
              + " the JSON report is (K3).")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF/A-2b",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  public Response report(@PathParam("id") long id, @Context SecurityContext sc) {
    return ComplianceResource.pdf(documents, compliance.report(id, AccessFilter.actor(sc)));
  }
}

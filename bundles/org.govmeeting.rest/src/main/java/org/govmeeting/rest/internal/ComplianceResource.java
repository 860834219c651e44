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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.compliance.ComplianceReport;
import org.govmeeting.api.compliance.ComplianceService;
import org.govmeeting.api.document.DocumentService;
import org.govmeeting.api.error.UnavailableException;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /meetings/{id}/compliance}: the meeting checked against every clause, as JSON, or as
 * the printed report with {@code Accept: application/pdf} (also at {@code …/compliance.pdf}). Read
 * as the meeting's papers are (K3).
 */
@Component(service = ComplianceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/compliance")
public class ComplianceResource {
  static final String DESCRIPTION =
      "For the meeting and each of its topics, every clause of the regulation (rules.md) and of"
          + " the district's policy with its verdict: MET, NOT_MET, LIFTED (the mayor's recorded"
          + " exception: who, when, why, for which version), PENDING (not done yet, not yet due:"
          + " what is still missing before the meeting), NOT_APPLICABLE (and why), NOT_CHECKED"
          + " (its module is down); each with the records it rests on (signatures, notices and"
          + " receipts, sign-ins, positions, decisions: ids, links, times). Run before the meeting"
          + " it says what is missing; after, what the record shows. Every module judges the"
          + " clauses it carries. For the meeting's participants, the Office, the secretariat and"
          + " the mayor (others 403, K3); what was said on a confidential, undecided or deferred"
          + " item stays with the participants and the secretariat. Chinese; English with"
          + " Accept-Language: en.";

  private final ComplianceService compliance;

  /** Optional: the JSON report stands without the printing module. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile DocumentService documents;

  @Activate
  public ComplianceResource(@Reference ComplianceService compliance) {
    this.compliance = compliance;
  }

  // rule: K3 — the report is read as the meeting's papers are
  @GET
  @ReadsAcrossModules
  @Produces({MediaType.APPLICATION_JSON, "application/pdf"})
  @Allowed
  @Operation(
      operationId = "getMeetingCompliance",
      tags = ApiTags.COMPLIANCE,
      summary = "会议合规审查报告 The meeting's compliance report",
      description = DESCRIPTION)
  @ApiResponse(
      responseCode = "200",
      description = "The report (JSON), or printed as PDF/A-2b with Accept: application/pdf",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplianceReport.class)),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary"))
      })
  public Response report(
      @PathParam("id") long id, @Context SecurityContext sc, @Context HttpHeaders headers) {
    Actor actor = AccessFilter.actor(sc);
    ComplianceReport r = compliance.report(id, actor);
    if (wantsPdf(headers)) {
      return pdf(documents, r);
    }
    return Response.ok(
            ComplianceView.in(r, Outage.english(headers.getAcceptableLanguages())),
            MediaType.APPLICATION_JSON)
        .build();
  }

  /** Whether the caller prefers the PDF: it comes before JSON in the Accept header. */
  static boolean wantsPdf(HttpHeaders headers) {
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.isWildcardType()) {
        return false;
      }
      if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (m.isCompatible(new MediaType("application", "pdf"))) {
        return true;
      }
    }
    return false;
  }

  static Response pdf(DocumentService documents, ComplianceReport r) {
    if (documents == null) {
      throw new UnavailableException(
          "打印服务（会议记录模块）暂不可用，请稍后重试或改取JSON格式",
          "the printing module (minutes) is not running; the JSON report is available");
    }
    return Downloads.pdf(documents.compliance(r), "compliance-" + r.meetingId + ".pdf");
  }
}

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
import org.govmeeting.api.document.DocumentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The meeting's agenda (会议议程) as a printable PDF/A-2b; whoever may not read {@code GET
 * /meetings/{id}/agenda} gets the same refusal (K3).
 */
@Component(service = AgendaDocumentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("meetings/{id}/agenda.pdf")
public class AgendaDocumentResource {
  private final DocumentService documents;

  @Activate
  public AgendaDocumentResource(@Reference DocumentService documents) {
    this.documents = documents;
  }

  @GET
  @Produces("application/pdf")
  @Allowed
  @Operation(
      operationId = "downloadAgendaPdf",
      tags = ApiTags.MEETINGS,
      summary = "会议议程PDF The agenda as a PDF",
      description =
          "The meeting's agenda (会议议程) in the house style of the minutes, as PDF/A-2b: number,"
              + " time, place, chair, the law study first (T1), each topic with its reporter,"
              + " attending units and time limit (D1). Refused as GET /meetings/{id}/agenda is"
              + " (K3).")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF/A-2b",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  public Response agenda(@PathParam("id") long id, @Context SecurityContext sc) {
    return Downloads.pdf(documents.agenda(id, AccessFilter.actor(sc)), "agenda-" + id + ".pdf");
  }
}

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
 * The topic form (附1 议题填报表) of a topic as a printable PDF/A-2b, with every signature of its review
 * chain; to whoever may not see {@code GET /topics/{id}} the topic does not exist (404).
 */
@Component(service = TopicFormDocumentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("topics/{id}/form.pdf")
public class TopicFormDocumentResource {
  private final DocumentService documents;

  @Activate
  public TopicFormDocumentResource(@Reference DocumentService documents) {
    this.documents = documents;
  }

  @GET
  @Produces("application/pdf")
  @Allowed
  @Operation(
      operationId = "downloadTopicFormPdf",
      tags = ApiTags.TOPICS,
      summary = "议题填报表PDF The topic form (附1) as a PDF",
      description =
          "The topic form of the regulation's annex, filled from the record: name, reporter,"
              + " units, every signature row with the signer's name, role and day from the review"
              + " chain (F4-F8), the F9 answer and the record's hash; PDF/A-2b. 404 to whoever"
              + " may not read the topic.")
  @ApiResponse(
      responseCode = "200",
      description = "The PDF/A-2b",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  public Response form(@PathParam("id") long id, @Context SecurityContext sc) {
    return Downloads.pdf(
        documents.topicForm(id, AccessFilter.actor(sc)), "topic-form-" + id + ".pdf");
  }
}

package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /topics/form}: the fields of the topic form, the rule behind each, the categories. */
@Component(service = TopicFormResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("topics/form")
@Produces(MediaType.APPLICATION_JSON)
public class TopicFormResource {
  @GET
  @Allowed
  @Operation(
      operationId = "describeTopicForm",
      tags = ApiTags.TOPICS,
      summary = "议题填报表说明 What the topic form asks",
      description =
          "Every field of the topic form (附1) with its label, the clause that governs it and the"
              + " regulation's words, when it is required; the categories T2-T9 by name; the"
              + " kinds of material files. Chinese, English with Accept-Language: en.")
  @ApiResponse(
      responseCode = "200",
      description = "The form's fields and rules",
      content = @Content(schema = @Schema(implementation = FormGuide.View.class)))
  public FormGuide.View form(@Context HttpHeaders headers) {
    return FormGuide.of(Outage.english(headers.getAcceptableLanguages()));
  }
}

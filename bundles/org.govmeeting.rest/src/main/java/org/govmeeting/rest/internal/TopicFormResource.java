package org.govmeeting.rest.internal;

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
  public FormGuide.View form(@Context HttpHeaders headers) {
    return FormGuide.of(Outage.english(headers.getAcceptableLanguages()));
  }
}

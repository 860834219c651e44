package org.govmeeting.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.govmeeting.api.review.PolicyInfo;
import org.govmeeting.api.review.ReviewService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The installed district policies, with versions, and which one is active. */
@Tag(name = ApiTags.REVIEW)
@Component(service = PoliciesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.SELECT)
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {
  private final ReviewService reviews;

  @Activate
  public PoliciesResource(@Reference ReviewService reviews) {
    this.reviews = reviews;
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
}

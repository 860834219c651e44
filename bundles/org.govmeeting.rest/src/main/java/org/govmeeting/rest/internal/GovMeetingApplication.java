package org.govmeeting.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application of the platform, under {@code /api}. It requires the access and role
 * filters, the security headers, the error mapper, the JSON provider and the act's transaction, so
 * the whiteboard serves nothing until all are there: no request can reach a resource
 * unauthenticated or outside a transaction, or leak a stack trace during start-up.
 */
@Component(service = Application.class)
@JaxrsApplicationBase("api")
@JaxrsName(Api.NAME)
@JaxrsExtensionSelect({
  "(osgi.jaxrs.name=" + Api.ACCESS + ")",
  "(osgi.jaxrs.name=" + Api.ROLES + ")",
  "(osgi.jaxrs.name=" + Api.HEADERS + ")",
  "(osgi.jaxrs.name=" + Api.PROBLEMS + ")",
  "(osgi.jaxrs.name=" + Api.JSON + ")",
  "(osgi.jaxrs.name=" + Api.TRANSACTION + ")"
})
public class GovMeetingApplication extends Application {}

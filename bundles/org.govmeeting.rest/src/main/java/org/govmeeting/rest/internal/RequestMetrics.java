package org.govmeeting.rest.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import java.lang.reflect.Method;
import java.time.Duration;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.govmeeting.api.directory.DistrictScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Each call of the API as a Micrometer timer {@code govmeeting.requests}, tagged with the
 * operation's id in the API description (submitTopic, signReviewStep …), the method, the status,
 * its outcome and the caller's district: counts, errors and a latency histogram per operation and
 * per district, served by the metrics module at {@code /metrics}. A call refused before it reached
 * an operation (no credentials, a login refused) counts under {@code operation="none"}.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsName(Api.METRICS)
@JaxrsApplicationSelect(Api.SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String START = RequestMetrics.class.getName() + ".start";

  /**
   * Optional and dynamic: the API serves whether the metrics module runs or not, and picks it up
   * when it comes.
   */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile MeterRegistry registry;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(START, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MeterRegistry r = registry;
    Object start = request.getProperty(START);
    if (r == null || !(start instanceof Long)) {
      return;
    }
    int status = response.getStatus();
    Timer.builder("govmeeting.requests")
        .description("Calls of the REST API")
        .tag("operation", operation())
        .tag("method", request.getMethod())
        .tag("status", String.valueOf(status))
        .tag("outcome", status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "SUCCESS")
        // The access filter's scope, still entered while the answer goes out; a few districts
        // at most, so the tag's values stay bounded.
        .tag("district", DistrictScope.isSet() ? DistrictScope.current() : "none")
        .publishPercentileHistogram()
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(r)
        .record(System.nanoTime() - (Long) start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private String operation() {
    try {
      Method m = resource == null ? null : resource.getResourceMethod();
      if (m == null) {
        return "none";
      }
      Operation op = m.getAnnotation(Operation.class);
      return op != null && !op.operationId().isBlank() ? op.operationId() : m.getName();
    } catch (RuntimeException outsideARequest) {
      return "none";
    }
  }
}

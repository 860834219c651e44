package org.govmeeting.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The role check, once the request is matched to its method: the authenticated actor ({@link
 * AccessFilter}) against the method's {@link Allowed}; then the body's size is capped.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@JaxrsExtension
@JaxrsName(Api.ROLES)
@JaxrsApplicationSelect(Api.SELECT)
@Priority(Priorities.AUTHORIZATION)
public class RoleFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(RoleFilter.class);

  @Context ResourceInfo resourceInfo;
  @Context javax.servlet.http.HttpServletRequest servletRequest;

  private final long maxJsonBytes;
  private final long maxUploadBytes;

  @Activate
  public RoleFilter(RestConfig config) {
    // In range: the settings guard refused anything else against the metatype.
    this.maxJsonBytes = 1024L * config.maxJsonKiB();
    this.maxUploadBytes = 1024L * 1024L * config.maxUploadMiB();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Actor actor = AccessFilter.actor(request.getSecurityContext());
    ResourceInfo info = resourceInfo;
    if (!Access.permits(
        info == null ? null : info.getResourceMethod(),
        info == null ? null : info.getResourceClass(),
        actor)) {
      if (info != null
          && info.getResourceMethod() != null
          && info.getResourceMethod().getAnnotation(Allowed.class) == null
          && info.getResourceClass().getAnnotation(Allowed.class) == null) {
        LOG.error("{} has no @Allowed and is refused to everyone", info.getResourceMethod());
      }
      ApiGate.leaveBodyUnread(servletRequest);
      boolean english = Outage.english(languages(request));
      String roles =
          actor.roles().stream()
              .sorted()
              .map(org.govmeeting.api.i18n.Chinese::of)
              .collect(java.util.stream.Collectors.joining("、"));
      request.abortWith(
          new Problem(
                  403,
                  "forbidden",
                  english ? "Forbidden" : "无权进行此操作",
                  english
                      ? "Your roles "
                          + actor.roles()
                          + " do not allow "
                          + request.getMethod()
                          + " "
                          + request.getUriInfo().getPath()
                          + "."
                      : "您的角色（"
                          + roles
                          + "）不能办理 "
                          + request.getMethod()
                          + " "
                          + request.getUriInfo().getPath()
                          + "。")
              .toResponse());
      return;
    }
    limitBody(request);
  }

  /**
   * A JSON body is parsed whole in memory, so it is capped at {@code maxJsonKiB}; any other body (a
   * file, streamed to its module a row at a time) at {@code maxUploadMiB}, which bounds what one
   * request may write to the database before its module's own, lower limit refuses it.
   */
  private void limitBody(ContainerRequestContext request) {
    // From the headers, not hasEntity(): that reads a byte, and for a bodiless GET would wait.
    if (request.getLength() <= 0 && request.getHeaderString("Transfer-Encoding") == null) {
      return;
    }
    boolean json =
        request.getMediaType() != null
            && request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
    long limit = json ? maxJsonBytes : maxUploadBytes;
    if (request.getLength() > limit) {
      throw BodyLimit.tooLarge(limit);
    }
    request.setEntityStream(new BodyLimit(request.getEntityStream(), limit));
  }

  private static java.util.List<java.util.Locale> languages(ContainerRequestContext request) {
    try {
      return request.getAcceptableLanguages();
    } catch (RuntimeException unreadable) {
      return java.util.List.of();
    }
  }
}

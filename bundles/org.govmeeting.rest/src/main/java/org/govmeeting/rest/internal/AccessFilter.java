package org.govmeeting.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where REST calls are authenticated and authorised. The user name and password (HTTP
 * Basic) are checked by the Karaf JAAS realm; the account must be a person of the directory, whose
 * roles then decide, against the method's {@link Allowed}, whether the call may proceed.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JaxrsExtension
@JaxrsName(Api.ACCESS)
@JaxrsApplicationSelect(Api.SELECT)
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);
  static final String CHALLENGE = "Basic realm=\"govmeeting\", charset=\"UTF-8\"";

  private final JaasAuthenticator authenticator;

  /**
   * The directory's answer for an account, remembered as long as a login is: each request would
   * otherwise read the directory's tables once more. A changed role takes effect within that time.
   */
  private final TimedCache<String, Optional<Person>> people;

  @Context ResourceInfo resourceInfo;

  private final long maxJsonBytes;
  private final long maxUploadBytes;

  @Activate
  public AccessFilter(@Reference Directory directory, RestConfig config) {
    Settings settings = new Settings(RestConfig.PID, LOG::error);
    Duration remember =
        Duration.ofSeconds(
            settings.atLeast("loginCacheSeconds", config.loginCacheSeconds(), 0, 60));
    this.authenticator =
        new JaasAuthenticator(
            settings.check(
                "realm", config.realm(), r -> !r.isBlank(), "names a JAAS realm", "karaf"),
            remember,
            Clock.systemUTC());
    this.people = new TimedCache<>(remember, Clock.systemUTC(), directory::person);
    this.maxJsonBytes = 1024L * settings.atLeast("maxJsonKiB", config.maxJsonKiB(), 1, 1024);
    this.maxUploadBytes =
        1024L * 1024L * settings.atLeast("maxUploadMiB", config.maxUploadMiB(), 1, 32);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<String[]> credentials =
        credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (credentials.isEmpty()) {
      abortUnauthenticated(
          request, "Send a user name and password with HTTP Basic authentication.");
      return;
    }
    String user = credentials.get()[0];
    char[] password = credentials.get()[1].toCharArray();
    if (!authenticator.authenticate(user, password)) {
      abortUnauthenticated(request, "The user name or password is wrong.");
      return;
    }
    Optional<Person> person = people.get(user);
    if (person.isEmpty()) {
      request.abortWith(
          new Problem(
                  403,
                  "forbidden",
                  "Forbidden",
                  "Account '"
                      + user
                      + "' is not a person of the district directory and holds no"
                      + " role in the platform.")
              .toResponse());
      return;
    }
    Person p = person.get();
    Actor actor = new Actor(p.id, p.name, Set.copyOf(p.roles), p.unitId);
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
      request.abortWith(
          new Problem(
                  403,
                  "forbidden",
                  "Forbidden",
                  "Your roles "
                      + p.roles
                      + " do not allow "
                      + request.getMethod()
                      + " "
                      + request.getUriInfo().getPath()
                      + ".")
              .toResponse());
      return;
    }
    boolean secure =
        request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(new ActorSecurityContext(actor, secure));
    limitBody(request);
  }

  /**
   * Bodies are read whole into memory (by the parser, or as a file's bytes): their size is capped.
   */
  private void limitBody(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return;
    }
    boolean json =
        request.getMediaType() != null
            && request
                .getMediaType()
                .isCompatible(javax.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
    long limit = json ? maxJsonBytes : maxUploadBytes;
    if (request.getLength() > limit) {
      throw BodyLimit.tooLarge(limit);
    }
    request.setEntityStream(new BodyLimit(request.getEntityStream(), limit));
  }

  private static void abortUnauthenticated(ContainerRequestContext request, String detail) {
    request.abortWith(
        javax.ws.rs.core.Response.fromResponse(
                new Problem(401, "unauthenticated", "Authentication required", detail).toResponse())
            .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
            .build());
  }

  /** The user name and password of a Basic {@code Authorization} header, if well formed. */
  static Optional<String[]> credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The authenticated actor as the JAX-RS security context carries it to the resources. */
  static final class ActorSecurityContext implements SecurityContext {
    private final Actor actor;
    private final boolean secure;

    ActorSecurityContext(Actor actor, boolean secure) {
      this.actor = actor;
      this.secure = secure;
    }

    Actor actor() {
      return actor;
    }

    @Override
    public Principal getUserPrincipal() {
      return actor::personId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return actor.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return BASIC_AUTH;
    }
  }

  /** The actor of an authenticated request; resources call this, never parse headers. */
  static Actor actor(SecurityContext context) {
    if (context instanceof ActorSecurityContext) {
      return ((ActorSecurityContext) context).actor();
    }
    throw new IllegalStateException("request passed no access check");
  }
}

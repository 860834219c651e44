package org.govmeeting.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.govmeeting.api.config.Settings;
import org.govmeeting.api.directory.Directory;
import org.govmeeting.api.directory.DistrictScope;
import org.govmeeting.api.directory.Person;
import org.govmeeting.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is calling, decided before the request is routed and before its body is read: without
 * credentials every path under {@code /api} answers 401 (so an anonymous caller learns nothing of
 * which paths exist, and a slow body never holds a thread), a state-changing call from a foreign
 * site is refused, wrong passwords are throttled and logged, and the account must be a person of
 * the directory. The role check, which needs the matched method, is {@link RoleFilter}.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JaxrsExtension
@JaxrsName(Api.ACCESS)
@JaxrsApplicationSelect(Api.SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);

  static final String CHALLENGE = "Basic realm=\"govmeeting\", charset=\"UTF-8\"";

  private final Logins logins;
  private final SameOrigin sameOrigin;

  /**
   * The directory's answer for an account, remembered as long as a login is: each request would
   * otherwise read the directory's tables once more. A changed role takes effect within that time.
   */
  private final TimedCache<String, Optional<Person>> people;

  private final Modules modules;
  private final DemoPasswordGuard demoPasswords;
  private final AccountMatch accountMatch;

  /**
   * Optional, so that the API is served while the directory cannot start (its database is
   * unreachable): callers then get 503 instead of a 404 for every path.
   */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile Directory directory;

  @Context HttpServletRequest servletRequest;

  @Activate
  public AccessFilter(
      RestConfig config, @Reference Modules modules, @Reference DemoPasswordGuard demoPasswords) {
    this.modules = modules;
    this.demoPasswords = demoPasswords;
    Settings settings = new Settings(RestConfig.PID, RestConfig.class, LOG::error);
    Duration remember = Duration.ofSeconds(config.loginCacheSeconds());
    JaasAuthenticator authenticator =
        new JaasAuthenticator(
            JaasAuthenticator.realm(config, settings), remember, Clock.systemUTC());
    this.accountMatch = AccountMatch.of(config, settings);
    this.people = new TimedCache<>(remember, Clock.systemUTC(), this::person);
    int longest = config.maxLockoutSeconds();
    int first =
        settings.check(
            "lockoutSeconds",
            config.lockoutSeconds(),
            v -> v <= longest,
            "must be at most maxLockoutSeconds, " + longest);
    LoginThrottle throttle =
        new LoginThrottle(
            config.failuresPerAccount(),
            config.failuresPerAddress(),
            Duration.ofSeconds(Math.min(first, longest)),
            Duration.ofSeconds(longest),
            Clock.systemUTC());
    this.sameOrigin =
        new SameOrigin(
            Set.copyOf(
                settings.each(
                    "allowedOrigins",
                    config.allowedOrigins(),
                    v -> SameOrigin.normalise(v) != null,
                    "must be an origin, scheme://host:port")));
    this.logins = new Logins(authenticator, throttle, config.demoAccounts());
    if (config.demoAccounts()) {
      Logins.SECURITY.warn(
          "demo accounts are on (demoAccounts = true in etc/{}.cfg): the password '{}' is"
              + " accepted; development and pilot only",
          RestConfig.PID,
          Logins.DEMO_PASSWORD);
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!demoPasswords.live().isEmpty()) {
      abort(request, DemoPasswordGuard.refusal(languages(request)).toResponse());
      return;
    }
    Optional<String[]> credentials =
        credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    if (credentials.isEmpty()) {
      abortUnauthenticated(request, AccessRefusals.noCredentials(languages(request)));
      return;
    }
    String[] refusal =
        sameOrigin.refusal(
            request.getMethod(),
            request.getMediaType(),
            request.getHeaderString(SameOrigin.HEADER),
            request.getHeaderString("Origin"),
            request.getUriInfo().getBaseUri());
    if (refusal != null) {
      abort(request, AccessRefusals.crossSite(languages(request), refusal).toResponse());
      return;
    }
    String user = credentials.get()[0];
    Logins.Outcome login = logins.attempt(user, credentials.get()[1], address());
    if (login.lockedOutFor().isPresent()) {
      abort(
          request,
          AccessRefusals.lockedOut(languages(request), login.lockedOutFor().get()).toResponse());
      return;
    }
    if (login.unchecked()) {
      abort(request, AccessRefusals.loginUnavailable(languages(request)).toResponse());
      return;
    }
    if (!login.accepted()) {
      abortUnauthenticated(request, AccessRefusals.wrongPassword(languages(request)));
      return;
    }
    if (directory == null) {
      abort(
          request, modules.missing(languages(request), "directory", Directory.class).toResponse());
      return;
    }
    Optional<Person> person = people.get(user);
    if (person.isEmpty()) {
      abort(request, AccessRefusals.notInDirectory(languages(request), user).toResponse());
      return;
    }
    Person p = person.get();
    Actor actor = new Actor(p.id, p.name, Set.copyOf(p.roles), p.unitId, p.districtId);
    try {
      if (servletRequest != null) {
        servletRequest.setAttribute(RequestLog.PERSON, p.id);
        // The caller's district for the rest of the request, its streamed answer included; the
        // gate leaves it when the request ends. Never a parameter the caller could change.
        servletRequest.setAttribute(
            ApiGate.DISTRICT_SCOPE, DistrictScope.enter(actor.districtId()));
      }
    } catch (RuntimeException outsideAServletRequest) {
      // unit tests: no access log to tell
    }
    boolean secure =
        request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(new ActorSecurityContext(actor, secure));
  }

  private Optional<Person> person(String user) {
    Directory d = directory;
    if (d == null) {
      throw new org.govmeeting.api.error.UnavailableException(
          "本区名册服务暂未运行", "the directory is not running");
    }
    return accountMatch.person(d, user);
  }

  private static java.util.List<java.util.Locale> languages(ContainerRequestContext request) {
    try {
      return request.getAcceptableLanguages();
    } catch (RuntimeException unreadable) {
      return java.util.List.of();
    }
  }

  private String address() {
    try {
      return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    } catch (RuntimeException e) {
      // Outside a servlet request (unit tests) CXF's proxy has nothing to delegate to.
      return "unknown";
    }
  }

  private void abort(ContainerRequestContext request, Response response) {
    ApiGate.leaveBodyUnread(servletRequest);
    request.abortWith(response);
  }

  private void abortUnauthenticated(ContainerRequestContext request, Problem problem) {
    abort(
        request,
        Response.fromResponse(problem.toResponse())
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

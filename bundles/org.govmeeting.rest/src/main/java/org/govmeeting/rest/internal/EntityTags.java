package org.govmeeting.rest.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Conditional requests on the records that carry a revision (a topic, the minutes): their answer
 * has the revision as its {@code ETag}, which an edit sends back in {@code If-Match} (an edit
 * without it is refused with 428, one from an older revision with 412, see {@link
 * Params#revision}); a read that sends the tag it has in {@code If-None-Match} gets 304 Not
 * Modified while the record has not moved (RFC 9110).
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName(Api.TAGS)
@JaxrsApplicationSelect(Api.SELECT)
public class EntityTags implements ContainerResponseFilter {
  /** The public {@code long revision} of a DTO class, if it has one. */
  private static final ClassValue<Optional<Field>> REVISION =
      new ClassValue<>() {
        @Override
        protected Optional<Field> computeValue(Class<?> type) {
          try {
            Field f = type.getField("revision");
            return f.getType() == long.class && !Modifier.isStatic(f.getModifiers())
                ? Optional.of(f)
                : Optional.empty();
          } catch (NoSuchFieldException e) {
            return Optional.empty();
          }
        }
      };

  /** Whether answers with this class carry an ETag (the API's description says so). */
  static boolean hasRevision(Class<?> type) {
    return REVISION.get(type).isPresent();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object entity = response.getEntity();
    if (entity == null || response.getStatus() != 200) {
      return;
    }
    Optional<Field> revision = REVISION.get(entity.getClass());
    if (revision.isEmpty()) {
      return;
    }
    EntityTag tag;
    try {
      tag = new EntityTag(String.valueOf(revision.get().getLong(entity)));
    } catch (IllegalAccessException e) {
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    String method = request.getMethod();
    if (("GET".equals(method) || "HEAD".equals(method))
        && matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag.getValue())) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
    }
  }

  /** Whether an {@code If-None-Match} header names this tag (or any, {@code *}). */
  static boolean matches(String header, String tag) {
    if (header == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String c = candidate.trim();
      if (c.equals("*")) {
        return true;
      }
      if (c.startsWith("W/")) {
        c = c.substring(2); // weak comparison, as RFC 9110 asks for If-None-Match
      }
      if (c.equals("\"" + tag + "\"")) {
        return true;
      }
    }
    return false;
  }
}
